using System.Data.Common;
using Npgsql;

namespace Samoocena.Silo.Storage;

/// <summary>
/// Every PostgreSQL connection of a node prepares the statements it sends again and again (Npgsql's automatic
/// preparation): without it the server parsed and planned each save's UPDATE and every provider call anew, which was
/// ~40 % of its CPU during the wrk hot path (perf, 2026-12-02) and +15 % hot-path throughput with it (two builds
/// side by side on one server). An operator's own <c>Max Auto Prepare</c> in <c>SAMOOCENA_POSTGRES</c> is kept
/// (0 turns it off, e.g. behind a pooler that cannot keep prepared statements).
/// </summary>
public static class PostgresStatements
{
    /// <summary>Distinct statements a connection keeps prepared: the provider's few queries and the writer's UPDATE fit many times over.</summary>
    public const int MaxAutoPrepare = 64;

    /// <summary>The connection string with <see cref="MaxAutoPrepare"/> unless it already says how many.</summary>
    public static string WithAutoPrepare(string connectionString)
    {
        // The keywords Npgsql reads the setting from (case-insensitive, as this builder's keys are).
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")
            ? connectionString
            : new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = MaxAutoPrepare }.ConnectionString;
    }
}
