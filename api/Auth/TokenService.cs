using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Auth;

/// <summary>
/// Issues and checks access tokens: base64url(JSON claims) "." base64url(HMAC-SHA256). The key lives
/// in the database (a secret grain), so every node accepts every node's tokens.
/// </summary>
public sealed class TokenService(TimeProvider time)
{
    private byte[]? _key;

    public void UseKey(byte[] key) => _key = key;

    public (string Token, int ExpiresIn) Issue(UserAccount account, TimeSpan lifetime, string? stamp = null)
    {
        var claims = new TokenClaims(account.Login, account.Role, account.Teryt, time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds(), stamp);
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims));
        return (payload + "." + Sign(payload), (int)lifetime.TotalSeconds);
    }

    /// <summary>The claims of a valid, unexpired token; null for anything else.</summary>
    public TokenClaims? Validate(string token)
    {
        var dot = token.IndexOf('.');
        if (dot <= 0 || dot == token.Length - 1 || token.Length > 4096) return null;
        var payload = token[..dot];
        var expected = Encoding.ASCII.GetBytes(Sign(payload));
        var given = Encoding.ASCII.GetBytes(token[(dot + 1)..]);
        if (!CryptographicOperations.FixedTimeEquals(expected, given)) return null;
        try
        {
            var claims = JsonSerializer.Deserialize<TokenClaims>(Base64Url.DecodeFromChars(payload));
            return claims is not null && claims.Exp > time.GetUtcNow().ToUnixTimeSeconds() ? claims : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    private string Sign(string payload)
    {
        var key = _key ?? throw new InvalidOperationException("Token signing key not loaded.");
        return Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(payload)));
    }

    /// <param name="Stamp">The user's security stamp at issue (checked on each request by Security/SecurityStampCheck).</param>
    public sealed record TokenClaims(string Sub, string Role, string? Teryt, long Exp, string? Stamp = null);
}
