namespace Samoocena.Silo.Grains.DataProtection;

/// <summary>
/// The ASP.NET Core Data Protection key ring of the cluster (key <c>all</c>): every node reads and adds keys
/// here, so a cookie protected on one node opens on every other.
/// </summary>
public interface IDataProtectionKeysGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<string>> GetAllAsync();

    /// <summary>Adds a key element (XML text) under its friendly name; a name already stored is replaced.</summary>
    Task StoreAsync(string friendlyName, string xml);
}
