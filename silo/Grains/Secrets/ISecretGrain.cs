namespace Samoocena.Silo.Grains.Secrets;

/// <summary>A named 256-bit secret (e.g. the token signing key), created on first use.</summary>
public interface ISecretGrain : IGrainWithStringKey
{
    Task<byte[]> GetOrCreateAsync();

    /// <summary>The secret, or null when it was never created (does not create it).</summary>
    Task<byte[]?> GetAsync();
}
