using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Sessions;

namespace Samoocena.Api.Security;

/// <summary>
/// The session cookie of the web pages: HttpOnly, SameSite=Strict, Secure under HTTPS, a browser-session cookie
/// (every tab shares it), protected with the cluster's Data Protection keys. Valid only while its
/// <see cref="IWebSessionGrain"/> is active, so a sign-out holds on every node.
/// </summary>
public static class SessionCookie
{
    public const string SchemeName = "SessionCookie";
    public const string CookieName = "samoocena_sesja";

    /// <summary>The scheme requests authenticate with: the bearer token when sent, else the cookie when sent.</summary>
    public const string SelectorScheme = "Samoocena";

    public static void Configure(CookieAuthenticationOptions options, TimeSpan lifetime)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.Path = "/";
        options.Cookie.IsEssential = true;
        options.ExpireTimeSpan = lifetime;
        options.SlidingExpiration = false;
        options.Events = new CookieAuthenticationEvents
        {
            OnValidatePrincipal = ValidateSessionAsync,
            OnRedirectToLogin = context => ProblemResponses.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized,
                "Sesja wygasła lub została zakończona. Zaloguj się ponownie."),
            OnRedirectToAccessDenied = context => ProblemResponses.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden,
                "Twoja rola nie pozwala na tę operację."),
        };
    }

    /// <summary>Bearer when an Authorization header is sent; the cookie when it is sent; else bearer (its 401 explains tokens).</summary>
    public static string Select(HttpContext context) =>
        !string.IsNullOrEmpty(context.Request.Headers.Authorization) ? Auth.JwtSetup.SchemeName
        : context.Request.Cookies.ContainsKey(CookieName) ? SchemeName
        : Auth.JwtSetup.SchemeName;

    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var sessionId = principal?.FindFirst(SecurityClaims.SessionId)?.Value;
        var login = principal?.Identity?.Name;
        var grains = context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
        if (sessionId is null || login is null || !await grains.GetGrain<IWebSessionGrain>(sessionId).IsActiveAsync(login))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SchemeName);
        }
    }
}
