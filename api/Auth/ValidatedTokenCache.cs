using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Samoocena.Api.Auth;

/// <summary>
/// The bearer token handler JwtBearer uses: a token this node has validated is not parsed and verified again on each
/// request (that was ~9 % of the CPU of the cheapest signed-in read: perf, loadtests/README.md). An entry is used only
/// <list type="bullet">
/// <item>while the token has not expired by our clock (the same rule as <see cref="TokenService.Parameters"/>:
/// valid until the second it expires, no skew), and</item>
/// <item>while the key ring still holds the keys it was verified with: every refresh of <see cref="SigningKeyRing"/>
/// (each 30 s, and after a rotation) hands out a new key list, and an entry made under another list is verified
/// again, so a retired key stops being accepted as soon as this node reads the ring.</item>
/// </list>
/// Refused tokens are never kept. The user's lock and security stamp are still checked on every request
/// (<see cref="Security.SecurityStampCheck"/>). The kept identity is shared by every request made with the token and
/// nothing changes it: the stamp check adds its facts as an identity of its own (copying the claims on each request
/// was ~15 % of what a signed-in request allocated: loadtests/README.md).
/// At most <see cref="Capacity"/> tokens are kept; when full, the expired ones go, and if none has, all of them.
/// </summary>
public sealed class ValidatedTokenCache(SigningKeyRing keys, TimeProvider time) : TokenHandler
{
    public const int Capacity = 4096;

    private static readonly JsonWebTokenHandler Inner = new() { MapInboundClaims = false };

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private sealed record Entry(ClaimsIdentity Identity, SecurityToken Token, IReadOnlyList<SecurityKey> Keys);

    /// <summary>Tokens kept now (for tests and the load report).</summary>
    public int Count => _entries.Count;

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var accepted = keys.Accepted;
        var now = time.GetUtcNow().UtcDateTime;
        if (_entries.TryGetValue(token, out var entry))
        {
            if (entry.Token.ValidTo > now && ReferenceEquals(entry.Keys, accepted))
                return new TokenValidationResult { IsValid = true, ClaimsIdentity = entry.Identity, SecurityToken = entry.Token };
            _entries.TryRemove(token, out _);
        }
        var result = await Inner.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } validated && validated.ValidTo > now)
        {
            if (_entries.Count >= Capacity) Evict(now);
            _entries[token] = new Entry(result.ClaimsIdentity.Clone(), validated, accepted);
        }
        return result;
    }

    private void Evict(DateTime now)
    {
        foreach (var (token, entry) in _entries)
            if (entry.Token.ValidTo <= now) _entries.TryRemove(token, out _);
        if (_entries.Count >= Capacity) _entries.Clear();
    }

    public override SecurityToken ReadToken(string token) => Inner.ReadToken(token);
}
