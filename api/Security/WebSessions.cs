using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Samoocena.Api.Auth;
using Samoocena.Api.Hosting;
using Samoocena.Silo.Grains.Sessions;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Security;

/// <summary>Starts, describes and ends the cookie sessions of the web pages.</summary>
public sealed class WebSessions(IGrainFactory grains, SamoocenaSettings settings, TimeProvider time)
{
    /// <summary>What <c>GET /api/auth/session</c> answers.</summary>
    public sealed record Description(string Login, string Role, string? Teryt, string? Antiforgery, bool MustChangePassword);

    /// <summary>Registers a new session and sets its cookie.</summary>
    public async Task StartAsync(HttpContext context, UserSecurity user)
    {
        var sessionId = Random();
        var expires = time.GetUtcNow() + settings.TokenLifetime;
        await grains.GetGrain<IWebSessionGrain>(sessionId).StartAsync(user.Account.Login, expires);
        await SetCookieAsync(context, user, sessionId, Random(), expires);
    }

    /// <summary>After the user's own password change (new stamp): the same session continues with the new stamp.</summary>
    public async Task RenewAsync(HttpContext context, UserSecurity user)
    {
        var identity = context.User.Identities.FirstOrDefault(i => i.AuthenticationType == SessionCookie.SchemeName);
        if (identity?.FindFirst(SecurityClaims.SessionId)?.Value is not { } sessionId
            || identity.FindFirst(SecurityClaims.Antiforgery)?.Value is not { } antiforgery) return;
        await SetCookieAsync(context, user, sessionId, antiforgery, time.GetUtcNow() + settings.TokenLifetime);
        await grains.GetGrain<IWebSessionGrain>(sessionId).StartAsync(user.Account.Login, time.GetUtcNow() + settings.TokenLifetime);
    }

    public static Description Describe(ClaimsPrincipal user) => new(
        user.Login(), user.Role(), user.Teryt(), user.FindFirstValue(SecurityClaims.Antiforgery),
        user.HasClaim(SecurityClaims.MustChangePassword, "true"));

    /// <summary>Ends the cookie's session everywhere (its grain) and clears the cookie; a bearer caller has nothing to end.</summary>
    public async Task EndAsync(HttpContext context)
    {
        if (context.User.FindFirstValue(SecurityClaims.SessionId) is { } sessionId)
            await grains.GetGrain<IWebSessionGrain>(sessionId).EndAsync();
        await context.SignOutAsync(SessionCookie.SchemeName);
    }

    private static Task SetCookieAsync(HttpContext context, UserSecurity user, string sessionId, string antiforgery, DateTimeOffset expires)
    {
        var account = user.Account;
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, account.Login),
            new Claim(ClaimTypes.Role, account.Role),
            .. account.Teryt is null ? Array.Empty<Claim>() : [new Claim(CurrentUser.TerytClaim, account.Teryt)],
            new Claim(SecurityClaims.Stamp, user.Stamp),
            new Claim(SecurityClaims.SessionId, sessionId),
            new Claim(SecurityClaims.Antiforgery, antiforgery),
        ], SessionCookie.SchemeName);
        return context.SignInAsync(SessionCookie.SchemeName, new ClaimsPrincipal(identity),
            new AuthenticationProperties { IsPersistent = false, ExpiresUtc = expires, AllowRefresh = false });
    }

    private static string Random() => Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
}
