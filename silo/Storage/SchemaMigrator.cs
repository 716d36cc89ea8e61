using System.Data.Common;

namespace Samoocena.Silo.Storage;

/// <summary>
/// Applies the versioned SQL scripts (Sql/&lt;database&gt;/NNNN_name.sql, embedded) that the database
/// has not seen yet, in one transaction. Scripts are idempotent; two processes starting at
/// once are serialised (an advisory lock on PostgreSQL, an immediate transaction on SQLite).
/// </summary>
internal static class SchemaMigrator
{
    public static async Task<int> MigrateAsync(StorageDialect dialect, TimeProvider time)
    {
        var scripts = typeof(SchemaMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(dialect.ScriptFolder + "/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Name: n, Version: int.Parse(Path.GetFileName(n)[..4], System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(s => s.Version)
            .ToArray();
        var applied = 0;
        await using var connection = await dialect.OpenAsync().ConfigureAwait(false);
        await dialect.PrepareAsync(connection).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await dialect.LockMigrationsAsync(connection, tx).ConfigureAwait(false);
        await ExecuteAsync(connection, tx,
            "CREATE TABLE IF NOT EXISTS SchemaMigrations (Version integer PRIMARY KEY, Name varchar(200) NOT NULL, AppliedOn varchar(40) NOT NULL)").ConfigureAwait(false);
        foreach (var (name, version) in scripts)
        {
            using (var check = connection.CreateCommand())
            {
                check.Transaction = tx;
                check.CommandText = "SELECT COUNT(*) FROM SchemaMigrations WHERE Version = @v";
                AddParameter(check, "@v", version);
                if (Convert.ToInt64(await check.ExecuteScalarAsync().ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0)
                    continue;
            }
            await ExecuteAsync(connection, tx, ReadScript(name)).ConfigureAwait(false);
            using var record = connection.CreateCommand();
            record.Transaction = tx;
            record.CommandText = "INSERT INTO SchemaMigrations (Version, Name, AppliedOn) VALUES (@v, @n, @t)";
            AddParameter(record, "@v", version);
            AddParameter(record, "@n", Path.GetFileName(name));
            AddParameter(record, "@t", time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync().ConfigureAwait(false);
            applied++;
        }
        await tx.CommitAsync().ConfigureAwait(false);
        return applied;
    }

    private static string ReadScript(string name)
    {
        using var stream = typeof(SchemaMigrator).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    internal static void AddParameter(DbCommand command, string name, object? value) =>
        AddParameter(command.Parameters, command.CreateParameter(), name, value);

    /// <summary>Adds <paramref name="parameter"/> named and valued (null as <see cref="DBNull"/>): commands and batch commands alike.</summary>
    internal static void AddParameter(DbParameterCollection parameters, DbParameter parameter, string name, object? value)
    {
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        parameters.Add(parameter);
    }
}
