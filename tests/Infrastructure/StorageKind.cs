using System.Net;
using Samoocena.Silo.Storage;

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

    /// <summary>The silo settings of a test deployment: its own ServiceId and ClusterId, free loopback ports.</summary>
    public static StorageSettings Storage(StorageKind kind, string serviceId, string sqlitePath) => new(
        kind == StorageKind.Postgres,
        kind == StorageKind.Postgres ? PostgresConnectionString : $"Data Source={sqlitePath};Pooling=True;Default Timeout=30",
        serviceId, serviceId, FreePort(), FreePort(), IPAddress.Loopback);

    /// <summary>A loopback port nobody listens on right now, never one an outgoing connection may hold (<see cref="Samoocena.LoadTests.Hosting.LoopbackPorts"/>).</summary>
    public static int FreePort() => Samoocena.LoadTests.Hosting.LoopbackPorts.Free();

    public static TheoryData<StorageKind> Both => new() { StorageKind.Sqlite, StorageKind.Postgres };
}
