using System.Data.Common;
using Microsoft.Data.Sqlite;
using Samoocena.Silo.Storage;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Reliability;

/// <summary>
/// The SQLite checkpoint moved off the group-commit writer (<see cref="WalCheckpointer"/>), on a real file: the
/// background checkpoint moves committed pages into the database file, and past the limit the writer's next batch
/// starts the log over. Checkpoints are called directly (no background thread, no waiting).
/// </summary>
public sealed class WalCheckpointerTests : IDisposable
{
    private readonly string _path = TestDatabases.NewSqlitePath();

    private async Task<DbConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A writer as the storage opens it: WAL, no automatic checkpoint.</summary>
    private async Task<DbConnection> OpenWriterAsync()
    {
        var connection = await OpenAsync();
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; " +
            "CREATE TABLE IF NOT EXISTS Probe (Id INTEGER PRIMARY KEY, Payload BLOB NOT NULL);");
        return connection;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>One transaction writing <paramref name="rows"/> rows of 2 KB (about half a page each).</summary>
    private static Task WriteRowsAsync(DbConnection writer, int from, int rows) =>
        ExecuteAsync(writer, $"WITH RECURSIVE n(i) AS (SELECT {from} UNION ALL SELECT i + 1 FROM n WHERE i < {from + rows - 1}) " +
            "INSERT OR REPLACE INTO Probe (Id, Payload) SELECT i, zeroblob(2048) FROM n;");

    /// <summary>Rows found in a copy of the database file alone, without its log: what has been checkpointed.</summary>
    private async Task<long> RowsInDatabaseFileAsync()
    {
        var copy = TestDatabases.NewSqlitePath();
        File.Copy(_path, copy);
        await using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'Probe'";
        if ((long)(await command.ExecuteScalarAsync())! == 0) return 0;
        command.CommandText = "SELECT count(*) FROM Probe";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task A_checkpoint_moves_the_committed_rows_into_the_database_file()
    {
        await using var writer = await OpenWriterAsync();
        await WriteRowsAsync(writer, 0, 400);
        Assert.Equal(0, await RowsInDatabaseFileAsync()); // all of it is still in the log: no automatic checkpoint

        using var checkpointer = new WalCheckpointer(OpenAsync, TimeProvider.System, background: false);
        var logFrames = await checkpointer.CheckpointAsync();

        Assert.True(logFrames >= 200, $"log frames: {logFrames}");
        Assert.Equal(400, await RowsInDatabaseFileAsync());
        Assert.Equal(1, checkpointer.Checkpoints);
    }

    [Fact]
    public async Task Past_the_limit_the_writer_copies_the_rest_and_its_next_batch_starts_the_log_over()
    {
        await using var writer = await OpenWriterAsync();
        using var checkpointer = new WalCheckpointer(OpenAsync, TimeProvider.System, resetFrames: 100, background: false);
        await WriteRowsAsync(writer, 0, 400);
        Assert.True(await checkpointer.CheckpointAsync() >= 100);
        await WriteRowsAsync(writer, 400, 10); // committed after the background checkpoint: not copied yet

        await checkpointer.BeforeBatchAsync(writer);
        Assert.Equal(410, await RowsInDatabaseFileAsync());
        await WriteRowsAsync(writer, 410, 1);

        // The log holds only the last batch: it started over instead of growing past the limit.
        var (logFrames, _) = await WalCheckpointer.RunCheckpointAsync(writer);
        Assert.InRange(logFrames, 1, 5);
    }

    [Fact]
    public async Task Below_the_limit_the_writer_leaves_the_checkpoint_to_the_background()
    {
        await using var writer = await OpenWriterAsync();
        using var checkpointer = new WalCheckpointer(OpenAsync, TimeProvider.System, resetFrames: 100_000, background: false);
        await WriteRowsAsync(writer, 0, 400);
        await checkpointer.CheckpointAsync();
        await WriteRowsAsync(writer, 400, 10);

        await checkpointer.BeforeBatchAsync(writer);

        Assert.Equal(400, await RowsInDatabaseFileAsync());
    }

    public void Dispose() => SqliteConnection.ClearAllPools();
}
