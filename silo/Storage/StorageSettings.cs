namespace Samoocena.Silo.Storage;

/// <summary>Where grain state and cluster membership live, and this node's place in the cluster.</summary>
/// <param name="ConnectionString">SQLite (<c>Data Source=…</c>) or PostgreSQL (Npgsql) connection string.</param>
/// <param name="ServiceId">Orleans ServiceId: the storage namespace, kept across deployments.</param>
/// <param name="ClusterId">Orleans ClusterId: nodes with the same id and database form one cluster.</param>
/// <param name="AdvertisedAddress">The address other nodes reach this node's silo port on.</param>
public sealed record StorageSettings(
    bool UsesPostgres,
    string ConnectionString,
    string ServiceId,
    string ClusterId,
    int SiloPort,
    int GatewayPort,
    System.Net.IPAddress AdvertisedAddress)
{
    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;
}
