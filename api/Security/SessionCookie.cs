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

    /// <summary>
    /// Where the bearer scheme (the default) hands a request on: to the cookie when the cookie is sent without an
    /// Authorization header; else nowhere (null), so bearer handles it, and a request with neither gets its 401 that
    /// explains tokens. The bearer handler asks this itself (<c>ForwardDefaultSelector</c>) instead of a policy scheme
    /// in front of both: a policy scheme was one more handler and one more authentication pass per request (~2 % of
    /// the hot path's CPU, perf, loadtests/README.md).
    /// </summary>
    public static string? ForwardFromBearer(HttpContext context) =>
        string.IsNullOrEmpty(context.Request.Headers.Authorization) && context.Request.Cookies.ContainsKey(CookieName) ? SchemeName : null;

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
