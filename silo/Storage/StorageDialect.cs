using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Samoocena.Silo.Storage;

/// <summary>What differs between the two databases: connections, locking of migrations, timestamps.</summary>
internal abstract class StorageDialect
{
    public abstract string ScriptFolder { get; }

    public abstract DbConnection CreateConnection();

    /// <summary>Opens a connection ready for use (pragmas set for SQLite).</summary>
    public abstract Task<DbConnection> OpenAsync();

    /// <summary>Opens the group-commit writer's connection (SQLite: without automatic checkpoints, see <see cref="WalCheckpointer"/>).</summary>
    public virtual Task<DbConnection> OpenWriterAsync() => OpenAsync();

    /// <summary>Serialises schema migrations between processes, inside the migration transaction.</summary>
    public abstract Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction);

    public abstract object Timestamp(DateTimeOffset utc);

    /// <summary>Once at start, outside any transaction (SQLite: switch the file to WAL).</summary>
    public virtual Task PrepareAsync(DbConnection connection) => Task.CompletedTask;

    public static StorageDialect For(StorageSettings settings) =>
        settings.UsesPostgres ? new PostgreSqlDialect(settings.ConnectionString) : new SqliteDialect(settings.ConnectionString);

    private sealed class SqliteDialect(string connectionString) : StorageDialect
    {
        public override string ScriptFolder => "Sqlite";

        public override DbConnection CreateConnection() => new SqliteConnection(connectionString);

        public override async Task<DbConnection> OpenAsync()
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync().ConfigureAwait(false);
            using var pragma = connection.CreateCommand();
            // NORMAL in WAL mode: a commit is durable against a process crash (SIGKILL). WAL itself is set once,
            // at migration (it is a property of the file); waiting for the write lock is the connection's Default Timeout.
            pragma.CommandText = "PRAGMA synchronous=NORMAL;";
            await pragma.ExecuteNonQueryAsync().ConfigureAwait(false);
            return connection;
        }

        public override async Task<DbConnection> OpenWriterAsync()
        {
            var connection = await OpenAsync().ConfigureAwait(false);
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA wal_autocheckpoint=0;";
            await pragma.ExecuteNonQueryAsync().ConfigureAwait(false);
            return connection;
        }

        public override Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction) => Task.CompletedTask;

        public override async Task PrepareAsync(DbConnection connection)
        {
            using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        public override object Timestamp(DateTimeOffset utc) => utc.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class PostgreSqlDialect(string connectionString) : StorageDialect
    {
        private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

        public override string ScriptFolder => "PostgreSql";

        public override DbConnection CreateConnection() => _dataSource.CreateConnection();

        public override async Task<DbConnection> OpenAsync() => await _dataSource.OpenConnectionAsync().ConfigureAwait(false);

        public override async Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT pg_advisory_xact_lock(7272741)";
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        // The column is 'timestamp' (UTC by convention, as in Orleans' script).
        public override object Timestamp(DateTimeOffset utc) => DateTime.SpecifyKind(utc.UtcDateTime, DateTimeKind.Unspecified);
    }
}
