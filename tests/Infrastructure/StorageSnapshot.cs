using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using Samoocena.Silo.Storage;

namespace Samoocena.Tests.Infrastructure;

/// <summary>
/// A fingerprint of everything a factory's API has stored (type, key, version of every state row), to
/// prove that a refused request changed nothing.
/// </summary>
public static class StorageSnapshot
{
    /// <summary>
    /// Everything but accounts and what signing in and creating users writes (user directory, web sessions, Data
    /// Protection keys, the admin log): for tests that create users between two snapshots.
    /// </summary>
    public static bool NotAccounts(string type) =>
        !new[] { "UserGrain/", "UserDirectoryGrain/", "WebSessionGrain/", "DataProtectionKeysGrain/", "AdminAuditGrain/" }
            .Any(p => type.StartsWith(p, StringComparison.Ordinal));

    public static async Task<string> TakeAsync(ApiFactory factory, Func<string, bool>? includeType = null)
    {
        await using DbConnection connection = factory.Kind == StorageKind.Postgres
            ? new NpgsqlConnection(factory.PostgresConnectionString)
            : new SqliteConnection($"Data Source={factory.SqlitePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT GrainTypeString, GrainIdExtensionString, Version FROM OrleansStorage WHERE ServiceId = @s " +
            "ORDER BY GrainTypeString, GrainIdExtensionString";
        var p = command.CreateParameter();
        p.ParameterName = "@s";
        p.Value = factory.ServiceId;
        command.Parameters.Add(p);
        var text = new StringBuilder();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            // PostgreSQL (stock provider) stores the state name only; name rows as SQLite does: <grain type>/<state name>.
            var type = reader.GetString(0);
            if (factory.Kind == StorageKind.Postgres) type = PersistedStates.All.Single(s => s.StateName == type).GrainType + "/" + type;
            if (includeType is not null && !includeType(type)) continue;
            text.Append(type).Append('|').Append(reader.GetString(1)).Append('|').Append(reader.GetValue(2)).Append('\n');
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
