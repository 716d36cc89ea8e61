using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Auth;

/// <summary>
/// Issues and checks access tokens: standard JWT (HS256) with <c>sub</c> = login, <c>role</c>, <c>teryt</c> (JST and
/// jury with a municipality), <c>iat</c>/<c>nbf</c>/<c>exp</c>, signed with the newest key of <see cref="SigningKeyRing"/>.
/// </summary>
public sealed class TokenService(SigningKeyRing keys, TimeProvider time)
{
    public const string Issuer = "samoocena";
    public const string Audience = "samoocena-api";
    public const string RoleClaim = "role";
    public const string SubjectClaim = "sub";

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false, MapInboundClaims = false };

    public (string Token, int ExpiresIn) Issue(UserAccount account, TimeSpan lifetime, string? stamp = null)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object> { [SubjectClaim] = account.Login, [RoleClaim] = account.Role };
        if (account.Teryt is not null) claims[CurrentUser.TerytClaim] = account.Teryt;
        // The user's security stamp at issue: a reset, role or municipality change ends the token (Security/SecurityStampCheck).
        if (stamp is not null) claims[Security.SecurityClaims.Stamp] = stamp;
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(keys.Signing, SecurityAlgorithms.HmacSha256),
        });
        return (token, (int)lifetime.TotalSeconds);
    }

    /// <summary>The validation rules JwtBearer applies (and <see cref="ValidateAsync"/> after a key refresh).</summary>
    public TokenValidationParameters Parameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        IssuerSigningKeyResolver = (_, _, _, _) => keys.Accepted,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        // Our clock (TimeProvider) decides, with no skew: a token is valid until the second it expires.
        LifetimeValidator = (notBefore, expires, _, _) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            return expires is { } e && e > now && (notBefore is not { } nb || nb <= now.AddSeconds(5));
        },
        NameClaimType = SubjectClaim,
        RoleClaimType = RoleClaim,
    };

    /// <summary>Validates a token outside the JwtBearer pipeline (after the key ring learnt a new key).</summary>
    public async Task<ClaimsPrincipal?> ValidateAsync(string token)
    {
        var result = await Handler.ValidateTokenAsync(token, Parameters());
        return result.IsValid ? new ClaimsPrincipal(result.ClaimsIdentity) : null;
    }

    /// <summary>The key id a token names, or null when it is not a JWT.</summary>
    public static string? KeyIdOf(string token)
    {
        try
        {
            return Handler.CanReadToken(token) ? new JsonWebToken(token).Kid : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
