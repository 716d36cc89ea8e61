namespace Samoocena.Api.Hosting;

/// <summary>The settings of api.md "Configuration", read from configuration or the environment.</summary>
public sealed record SamoocenaSettings(
    string SqlitePath,
    string? PostgresConnectionString,
    bool DemoData,
    string? AdminPassword,
    long MaxUploadBytes,
    string ServiceId,
    TimeSpan TokenLifetime)
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
            TokenLifetime: TimeSpan.FromMinutes(int.TryParse(Get("SAMOOCENA_TOKEN_MINUTES"), out var minutes) ? minutes : 480));
    }
}
