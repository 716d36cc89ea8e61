using Orleans.Configuration;

namespace Samoocena.Tests.Infrastructure;

/// <summary>The two storage providers every storage-touching test runs on.</summary>
public enum StorageKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Databases for tests: a fresh SQLite file per test, or the throwaway PostgreSQL server that
/// ./test.sh starts (SAMOOCENA_TEST_POSTGRES), isolated per test by a unique ServiceId.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "SAMOOCENA_TEST_POSTGRES";

    public static string PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set: run the suite with ./test.sh, which starts a throwaway PostgreSQL server.");

    public static string NewServiceId() => "test-" + Guid.NewGuid().ToString("N")[..12];

    public static string NewSqlitePath()
    {
        var dir = Path.Combine(Path.GetTempPath(), "samoocena-tests");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, Guid.NewGuid().ToString("N") + ".db");
    }

    public static void Configure(AdoNetGrainStorageOptions options, StorageKind kind, string serviceId, string sqlitePath)
    {
        options.ServiceId = serviceId;
        if (kind == StorageKind.Postgres)
        {
            options.Invariant = AdoNetGrainStorageOptions.PostgreSqlInvariant;
            options.ConnectionString = PostgresConnectionString;
        }
        else
        {
            options.Invariant = AdoNetGrainStorageOptions.SqliteInvariant;
            options.ConnectionString = $"Data Source={sqlitePath};Pooling=True;Default Timeout=30";
        }
    }

    public static TheoryData<StorageKind> Both => new() { StorageKind.Sqlite, StorageKind.Postgres };
}
