using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Samoocena.Api.Problems;

namespace Samoocena.Api.Security;

/// <summary>
/// Checks after authentication: a state-changing request made with the session cookie must carry
/// <c>X-CSRF-Token</c> equal to the session's anti-forgery value; a user whose password was reset may only change
/// it (and read or end the session) until it is changed.
/// </summary>
public sealed class RequestGuards(RequestDelegate next)
{
    public const string CsrfHeader = "X-CSRF-Token";

    /// <summary>What a user who must change the password may still call.</summary>
    private static readonly (string Method, string Path)[] AllowedDuringPasswordChange =
    [
        ("POST", "/api/auth/password"),
        ("GET", "/api/auth/session"),
        ("DELETE", "/api/auth/session"),
    ];

    public async Task InvokeAsync(HttpContext context)
    {
        // A token or cookie whose stamp is stale (SecurityStampCheck gave an anonymous principal) fails authentication,
        // so the answer is 401 (sign in again), not 403.
        if (context.Features.Get<IAuthenticateResultFeature>() is { AuthenticateResult: { Succeeded: true } result } feature
            && result.Principal?.Identity?.IsAuthenticated != true)
            feature.AuthenticateResult = AuthenticateResult.Fail("Sesja lub token straciły ważność.");
        var anonymousEndpoint = context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        if (!anonymousEndpoint && CookieIdentity(context.User) is { } cookie && !IsSafe(context.Request.Method) && !HasAntiforgery(context, cookie))
        {
            await ProblemResponses.WriteAsync(context, StatusCodes.Status403Forbidden,
                $"Brak lub niepoprawny nagłówek {CsrfHeader}: żądanie zmieniające dane wysłane z ciasteczkiem sesji musi go zawierać " +
                "(wartość antiforgery z GET /api/auth/session). Odśwież stronę i spróbuj ponownie.");
            return;
        }
        if (!anonymousEndpoint && context.User.HasClaim(SecurityClaims.MustChangePassword, "true")
            && context.Request.Path.StartsWithSegments("/api")
            && !AllowedDuringPasswordChange.Any(a => HttpMethods.Equals(a.Method, context.Request.Method)
                && context.Request.Path.Equals(a.Path, StringComparison.OrdinalIgnoreCase)))
        {
            await ProblemResponses.WriteAsync(context, StatusCodes.Status403Forbidden,
                "Administrator zresetował Twoje hasło: najpierw ustaw nowe hasło (POST /api/auth/password).");
            return;
        }
        await next(context);
    }

    private static ClaimsIdentity? CookieIdentity(ClaimsPrincipal user) =>
        user.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == SessionCookie.SchemeName);

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private static bool HasAntiforgery(HttpContext context, ClaimsIdentity cookie)
    {
        var expected = cookie.FindFirst(SecurityClaims.Antiforgery)?.Value;
        string? sent = context.Request.Headers[CsrfHeader];
        return expected is { Length: > 0 } && sent is { Length: > 0 }
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(sent));
    }
}
