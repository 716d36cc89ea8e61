namespace Orleans.Configuration;

/// <summary>Settings of the ADO.NET grain storage (mirrors Orleans.Configuration.AdoNetGrainStorageOptions).</summary>
public sealed class AdoNetGrainStorageOptions
{
    public const string SqliteInvariant = "Microsoft.Data.Sqlite";
    public const string PostgreSqlInvariant = "Npgsql";

    /// <summary><see cref="SqliteInvariant"/> or <see cref="PostgreSqlInvariant"/>.</summary>
    public string Invariant { get; set; } = SqliteInvariant;

    public string ConnectionString { get; set; } = "";

    /// <summary>Separates deployments sharing one table.</summary>
    public string ServiceId { get; set; } = "samoocena";
}
