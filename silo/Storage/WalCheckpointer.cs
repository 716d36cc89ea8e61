using System.Data.Common;

namespace Samoocena.Silo.Storage;

/// <summary>
/// SQLite's WAL checkpoint, moved off the group-commit writer. By default SQLite checkpoints inside the commit that
/// takes the log past 1,000 pages: the writer then copies the log into the database file and waits for its fsyncs
/// while every save behind it waits too (measured 2026-12-01: ~7 % of the CPUs idle during the wrk hot path).
/// Here the writer's connection has <c>wal_autocheckpoint=0</c>, and:
/// <list type="bullet">
/// <item>after each committed batch the writer calls <see cref="Committed"/>; a thread of its own then runs
/// <c>PRAGMA wal_checkpoint(PASSIVE)</c> on its own connection, concurrently with the writer (a passive checkpoint
/// never blocks a writer), at most once per <see cref="Interval"/>: a page written many times in between (the
/// row of an assessment being filled) is copied once. Back-to-back checkpoints were measured: the writer no
/// longer waited, but copying and syncing after every batch cost more CPU than it saved;</item>
/// <item>a passive checkpoint copies the frames committed before it started, so under a steady stream of commits
/// the log is never wholly copied and never starts over. When it has grown past <see cref="_resetFrames"/>, the
/// writer itself checkpoints the last few frames before its next batch (<see cref="BeforeBatchAsync"/>), and that
/// batch starts the log from the beginning: the file stays bounded (64 MB by default).</item>
/// </list>
/// Durability is unchanged: a commit is in the log before its caller is answered; a checkpoint only moves committed
/// pages into the database file.
/// </summary>
public sealed class WalCheckpointer : IDisposable
{
    /// <summary>Log frames (4 KB pages) past which the writer checkpoints the remainder itself.</summary>
    public const int DefaultResetFrames = 16_384;

    /// <summary>The least time between two background checkpoints.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly Func<Task<DbConnection>> _open;
    private readonly TimeProvider _time;
    private readonly int _resetFrames;
    private readonly ManualResetEventSlim _commits = new(false);
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread? _thread;
    private DbConnection? _connection;
    private volatile bool _resetWanted;
    private long _checkpoints;
    private int _disposed;

    /// <param name="background">False in tests, which call <see cref="CheckpointAsync"/> themselves.</param>
    public WalCheckpointer(Func<Task<DbConnection>> open, TimeProvider time, int resetFrames = DefaultResetFrames, bool background = true)
    {
        _open = open;
        _time = time;
        _resetFrames = resetFrames;
        if (!background) return;
        _thread = new Thread(Run) { IsBackground = true, Name = "SQLite WAL checkpoint" };
        _thread.Start();
    }

    /// <summary>Background checkpoints run so far.</summary>
    public long Checkpoints => Interlocked.Read(ref _checkpoints);

    /// <summary>The writer committed a batch: the log has new frames to copy.</summary>
    public void Committed() => _commits.Set();

    /// <summary>
    /// Called by the writer before it begins a batch: if the log has grown past the limit, the writer copies what
    /// the background checkpoints have not, so that the batch it is about to begin starts the log over.
    /// </summary>
    public async Task BeforeBatchAsync(DbConnection writer)
    {
        if (!_resetWanted) return;
        _resetWanted = false;
        try
        {
            await RunCheckpointAsync(writer).ConfigureAwait(false);
        }
        catch (DbException)
        {
            // The batch's writes do not depend on it: they go ahead, and the next batch tries again.
            _resetWanted = true;
        }
    }

    /// <summary>One passive checkpoint on the checkpointer's own connection; the log's size in frames.</summary>
    public async Task<long> CheckpointAsync()
    {
        _connection ??= await _open().ConfigureAwait(false);
        var (logFrames, _) = await RunCheckpointAsync(_connection).ConfigureAwait(false);
        Interlocked.Increment(ref _checkpoints);
        if (logFrames >= _resetFrames) _resetWanted = true;
        return logFrames;
    }

    /// <summary><c>PRAGMA wal_checkpoint(PASSIVE)</c>: (frames in the log, frames copied into the database file).</summary>
    public static async Task<(long LogFrames, long Copied)> RunCheckpointAsync(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        if (!await reader.ReadAsync().ConfigureAwait(false)) return (0, 0);
        return (reader.GetInt64(1), reader.GetInt64(2));
    }

    private void Run()
    {
        while (true)
        {
            _commits.Wait();
            _commits.Reset();
            if (_stop.IsCancellationRequested) return;
            try
            {
                // Microsoft.Data.Sqlite runs synchronously: this thread, not a pool thread, waits for the fsyncs.
                CheckpointAsync().GetAwaiter().GetResult();
            }
            catch (DbException)
            {
                // A failed checkpoint loses nothing (the log still holds every commit). The writer checkpoints
                // before its next batch, which keeps the log bounded; the next commit retries on a new connection.
                _resetWanted = true;
                _connection?.Dispose();
                _connection = null;
            }
            try
            {
                Task.Delay(Interval, _time, _stop.Token).Wait();
            }
            catch (AggregateException)
            {
                return; // disposed
            }
        }
    }

    /// <summary>Idempotent: the host may dispose the storage that owns it more than once.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _stop.Cancel();
        _commits.Set();
        _thread?.Join();
        _connection?.Dispose();
        _commits.Dispose();
        _stop.Dispose();
    }
}
