using System.Globalization;
using Microsoft.IdentityModel.Tokens;
using Samoocena.Silo.Grains.Secrets;

namespace Samoocena.Api.Auth;

/// <summary>
/// The token signing keys, kept in the database as secret grains so that every node of a cluster signs and accepts the
/// same keys. Generation 1 is the secret <c>token-signing</c>, generation n &gt; 1 the secret <c>token-signing.n</c>; the
/// key id (<c>kid</c>) of a token is its generation. Tokens are signed with the newest generation and accepted when
/// signed with the newest or the one before it, so one rotation signs nobody out (see api/README.md "Signing keys").
/// Each node re-reads the generations every <see cref="RefreshInterval"/> and at once when a token names a key it
/// does not know yet.
/// </summary>
public sealed class SigningKeyRing(IGrainFactory grains, TimeProvider time)
{
    public const string SecretName = "token-signing";

    /// <summary>How many generations are accepted: the newest and the one before it.</summary>
    public const int AcceptedGenerations = 2;

    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    private volatile Snapshot _current = new([], null, DateTimeOffset.MinValue);
    private readonly SemaphoreSlim _refresh = new(1, 1);

    private sealed record Snapshot(IReadOnlyList<SecurityKey> Accepted, SecurityKey? Signing, DateTimeOffset ReadAt);

    /// <summary>The keys tokens are accepted with, newest first.</summary>
    public IReadOnlyList<SecurityKey> Accepted => RefreshIfStale().Accepted;

    /// <summary>The key new tokens are signed with.</summary>
    public SecurityKey Signing => RefreshIfStale().Signing ?? throw new InvalidOperationException("Token signing keys not loaded.");

    public static string SecretOf(int generation) =>
        generation == 1 ? SecretName : SecretName + "." + generation.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads the generations from the database (creating generation 1 on first start).</summary>
    public async Task RefreshAsync()
    {
        await _refresh.WaitAsync();
        try
        {
            var keys = new List<(int Generation, byte[] Key)> { (1, await grains.GetGrain<ISecretGrain>(SecretOf(1)).GetOrCreateAsync()) };
            while (await grains.GetGrain<ISecretGrain>(SecretOf(keys.Count + 1)).GetAsync() is { } next)
                keys.Add((keys.Count + 1, next));
            var accepted = keys.AsEnumerable().Reverse().Take(AcceptedGenerations)
                .Select(k => (SecurityKey)new SymmetricSecurityKey(k.Key) { KeyId = k.Generation.ToString(CultureInfo.InvariantCulture) })
                .ToArray();
            _current = new Snapshot(accepted, accepted[0], time.GetUtcNow());
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>
    /// At start: makes sure generations 1..<paramref name="generation"/> exist (SAMOOCENA_TOKEN_KEY_GENERATION), then
    /// reads them all. Raising the setting on one node rotates the key for the whole cluster.
    /// </summary>
    public async Task EnsureGenerationAsync(int generation)
    {
        for (var g = 1; g <= generation; g++) await grains.GetGrain<ISecretGrain>(SecretOf(g)).GetOrCreateAsync();
        await RefreshAsync();
    }

    /// <summary>The key id new tokens are signed with.</summary>
    public string SigningKeyId => _current.Signing?.KeyId ?? "";

    /// <summary>True when <paramref name="keyId"/> is not among the keys this node knows (another node rotated).</summary>
    public bool IsUnknown(string? keyId) => keyId is not null && _current.Accepted.All(k => k.KeyId != keyId);

    private Snapshot RefreshIfStale()
    {
        var snapshot = _current;
        if (snapshot.Signing is not null && time.GetUtcNow() - snapshot.ReadAt > RefreshInterval && _refresh.CurrentCount > 0)
            _ = Task.Run(RefreshAsync);
        return snapshot;
    }
}
