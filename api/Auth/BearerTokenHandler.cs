using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Samoocena.Api.Problems;

namespace Samoocena.Api.Auth;

/// <summary>Authenticates <c>Authorization: Bearer</c> tokens of <see cref="TokenService"/>.</summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header)) return Task.FromResult(AuthenticateResult.NoResult());
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(AuthenticateResult.Fail("Nieobsługiwany schemat uwierzytelniania."));
        var claims = tokens.Validate(header["Bearer ".Length..].Trim());
        if (claims is null) return Task.FromResult(AuthenticateResult.Fail("Token jest nieprawidłowy lub wygasł."));
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, claims.Sub),
            new Claim(ClaimTypes.Role, claims.Role),
            .. claims.Teryt is null ? Array.Empty<Claim>() : [new Claim(CurrentUser.TerytClaim, claims.Teryt)],
            .. claims.Stamp is null ? Array.Empty<Claim>() : [new Claim(Security.SecurityClaims.Stamp, claims.Stamp)],
        ], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failed = Context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Failure is not null
            || !string.IsNullOrEmpty(Request.Headers.Authorization);
        Response.Headers.WWWAuthenticate = "Bearer";
        await ProblemResponses.WriteAsync(Context, StatusCodes.Status401Unauthorized,
            failed ? "Token jest nieprawidłowy lub wygasł. Zaloguj się ponownie (POST /api/auth/token)."
                   : "Wymagane uwierzytelnienie: wyślij nagłówek Authorization: Bearer <token> (POST /api/auth/token).");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ProblemResponses.WriteAsync(Context, StatusCodes.Status403Forbidden, "Twoja rola nie pozwala na tę operację.");
}
