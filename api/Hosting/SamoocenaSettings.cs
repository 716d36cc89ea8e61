using Samoocena.Silo.Storage;

namespace Samoocena.Api.Hosting;

/// <summary>The settings of api.md "Configuration", read from configuration or the environment.</summary>
public sealed record SamoocenaSettings(
    string SqlitePath,
    string? PostgresConnectionString,
    bool DemoData,
    string? AdminPassword,
    long MaxUploadBytes,
    string ServiceId,
    TimeSpan TokenLifetime,
    int TokenKeyGeneration = 1,
    string ClusterId = "samoocena",
    int SiloPort = StorageSettings.DefaultSiloPort,
    int GatewayPort = StorageSettings.DefaultGatewayPort,
    string SiloAddress = "127.0.0.1")
{
    public const int DefaultPort = 5080;

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);

    public static SamoocenaSettings From(IConfiguration configuration)
    {
        string? Get(string name) => configuration[name] is { Length: > 0 } v ? v : null;
        return new SamoocenaSettings(
            SqlitePath: Get("SAMOOCENA_DB") ?? Path.Combine("data", "samoocena.db"),
            PostgresConnectionString: Get("SAMOOCENA_POSTGRES"),
            DemoData: Get("SAMOOCENA_DEMO_DATA") != "0",
            AdminPassword: Get("SAMOOCENA_ADMIN_PASSWORD"),
            MaxUploadBytes: long.TryParse(Get("SAMOOCENA_MAX_UPLOAD_BYTES"), out var max) ? max : 50L * 1024 * 1024,
            ServiceId: Get("SAMOOCENA_SERVICE_ID") ?? "samoocena",
            TokenLifetime: TimeSpan.FromMinutes(int.TryParse(Get("SAMOOCENA_TOKEN_MINUTES"), out var minutes) ? minutes : 480),
            TokenKeyGeneration: int.TryParse(Get("SAMOOCENA_TOKEN_KEY_GENERATION"), out var generation) && generation >= 1 ? generation : 1,
            ClusterId: Get("SAMOOCENA_CLUSTER_ID") ?? "samoocena",
            SiloPort: int.TryParse(Get("SAMOOCENA_SILO_PORT"), out var silo) ? silo : StorageSettings.DefaultSiloPort,
            GatewayPort: int.TryParse(Get("SAMOOCENA_GATEWAY_PORT"), out var gateway) ? gateway : StorageSettings.DefaultGatewayPort,
            SiloAddress: Get("SAMOOCENA_SILO_ADDRESS") ?? "127.0.0.1");
    }

    /// <summary>The silo's storage and cluster settings: SQLite file (made absolute, its folder created) or PostgreSQL.</summary>
    public StorageSettings Storage()
    {
        string connectionString;
        if (UsesPostgres) connectionString = PostgresConnectionString!;
        else
        {
            var path = Path.GetFullPath(SqlitePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            connectionString = $"Data Source={path};Pooling=True;Default Timeout=30";
        }
        return new StorageSettings(UsesPostgres, connectionString, ServiceId, ClusterId, SiloPort, GatewayPort,
            System.Net.IPAddress.Parse(SiloAddress));
    }
}
