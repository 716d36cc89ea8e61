using System.Data;
using System.Data.Common;
using System.Threading.Channels;

namespace Samoocena.Silo.Storage;

/// <summary>
/// Group commit of grain state writes, for both databases: concurrent writes of different grains are applied by one
/// dedicated writer connection in one transaction, because a commit (an fsync) costs far more than a small UPDATE.
/// Each write keeps its own version check (its row count comes back to its caller alone), and no caller is answered
/// before the transaction holding its write has committed, so an acknowledged write is as durable as a single one.
/// <list type="bullet">
/// <item>A provider with <see cref="DbBatch"/> (Npgsql) gets the whole batch as one <see cref="DbBatch"/> in one
/// transaction: one round trip for the statements, one for the commit. A failing statement aborts that transaction
/// (PostgreSQL), so the batch is then applied again one write at a time, each in its own transaction: one bad write
/// (or a deadlock with another node's writer) fails its own caller only.</item>
/// <item>Without <see cref="DbBatch"/> (Microsoft.Data.Sqlite) the statements run one after the other in the
/// transaction; a failing statement does not abort a SQLite transaction, so it fails its caller only. Each distinct
/// statement text keeps one command on the writer's connection (<see cref="PreparedCommands"/>), so SQLite parses it
/// once per connection, not once per write.</item>
/// <item>A broken connection fails every caller of the batch not yet answered (nothing of theirs is acknowledged),
/// and the next batch opens a new connection.</item>
/// </list>
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    private const int MaxBatch = 256;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new() { SingleReader = true });
    private readonly Func<Task<DbConnection>> _open;
    private readonly Func<DbConnection, Task>? _beforeBatch;
    private readonly Action? _afterCommit;
    private readonly Task _loop;
    private long _batches;
    private long _batchesOneByOne;

    /// <param name="beforeBatch">Runs on the writer's connection before each batch (SQLite: <see cref="WalCheckpointer"/>).</param>
    /// <param name="afterCommit">Runs after each batch has been applied.</param>
    public GroupCommitWriter(Func<Task<DbConnection>> open, Func<DbConnection, Task>? beforeBatch = null, Action? afterCommit = null)
    {
        _open = open;
        _beforeBatch = beforeBatch;
        _afterCommit = afterCommit;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Batches taken from the queue so far (each applied in one transaction unless it had to fall back).</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Batches that failed as a whole and were applied again one write at a time.</summary>
    public long BatchesAppliedOneByOne => Interlocked.Read(ref _batchesOneByOne);

    /// <summary>Queues one statement; completes with its affected-row count once its batch has committed.</summary>
    public Task<int> ExecuteAsync(string sql, IReadOnlyList<KeyValuePair<string, object?>> parameters)
    {
        var write = new PendingWrite(sql, parameters, new(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(write)) throw new ObjectDisposedException(nameof(GroupCommitWriter));
        return write.Done.Task;
    }

    private async Task RunAsync()
    {
        DbConnection? connection = null;
        var prepared = new PreparedCommands();
        var batch = new List<PendingWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write)) batch.Add(write);
            Interlocked.Increment(ref _batches);
            try
            {
                connection ??= await _open().ConfigureAwait(false);
                if (_beforeBatch is not null) await _beforeBatch(connection).ConfigureAwait(false);
                if (connection.CanCreateBatch) await ApplyAsBatchAsync(connection, batch).ConfigureAwait(false);
                else await ApplyOneAfterAnotherAsync(connection, prepared, batch).ConfigureAwait(false);
                _afterCommit?.Invoke();
            }
            catch (Exception ex)
            {
                // The connection is unusable: whoever has no answer yet hears the failure (nothing of theirs is
                // acknowledged), and the next batch starts on a new connection.
                foreach (var write in batch) write.Done.TrySetException(ex);
                prepared.Clear();
                if (connection is not null) await DisposeQuietlyAsync(connection).ConfigureAwait(false);
                connection = null;
            }
        }
        prepared.Clear();
        if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>One <see cref="DbBatch"/> in one transaction; if it fails as a whole, each write alone.</summary>
    private async Task ApplyAsBatchAsync(DbConnection connection, List<PendingWrite> batch)
    {
        try
        {
            await using var tx = await connection.BeginTransactionAsync().ConfigureAwait(false);
            using var dbBatch = connection.CreateBatch();
            dbBatch.Transaction = tx;
            foreach (var write in batch)
            {
                var command = dbBatch.CreateBatchCommand();
                command.CommandText = write.Sql;
                foreach (var (name, value) in write.Parameters)
                    SchemaMigrator.AddParameter(command.Parameters, command.CreateParameter(), name, value);
                dbBatch.BatchCommands.Add(command);
            }
            await dbBatch.ExecuteNonQueryAsync().ConfigureAwait(false);
            await tx.CommitAsync().ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(dbBatch.BatchCommands[i].RecordsAffected);
            return;
        }
        catch (DbException) when (connection.State == ConnectionState.Open)
        {
            // A statement failed (or the commit did): the transaction was rolled back, nothing of the batch is
            // stored. Fall through and apply each write alone so that the failure reaches only its own caller.
        }
        Interlocked.Increment(ref _batchesOneByOne);
        foreach (var write in batch)
        {
            try
            {
                // Autocommit: a single statement is its own transaction.
                using var command = CommandFor(connection, write, null);
                write.Done.TrySetResult(await command.ExecuteNonQueryAsync().ConfigureAwait(false));
            }
            catch (DbException ex) when (connection.State == ConnectionState.Open)
            {
                write.Done.TrySetException(ex);
            }
        }
    }

    /// <summary>The statements one after the other in one transaction (SQLite: a failed statement does not abort it).</summary>
    private static async Task ApplyOneAfterAnotherAsync(DbConnection connection, PreparedCommands prepared, List<PendingWrite> batch)
    {
        var counts = new int[batch.Count];
        var failures = new Exception?[batch.Count];
        await using var tx = await connection.BeginTransactionAsync().ConfigureAwait(false);
        for (var i = 0; i < batch.Count; i++)
        {
            try
            {
                var command = prepared.For(connection, batch[i], tx);
                counts[i] = await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            catch (DbException ex)
            {
                failures[i] = ex;
            }
        }
        await tx.CommitAsync().ConfigureAwait(false);
        for (var i = 0; i < batch.Count; i++)
            if (failures[i] is { } failure) batch[i].Done.TrySetException(failure);
            else batch[i].Done.TrySetResult(counts[i]);
    }

    private static DbCommand CommandFor(DbConnection connection, PendingWrite write, DbTransaction? tx)
    {
        var command = connection.CreateCommand();
        command.CommandText = write.Sql;
        Bind(command, write, tx);
        return command;
    }

    /// <summary>The write's transaction and parameters on a command whose text is already the write's statement.</summary>
    private static void Bind(DbCommand command, PendingWrite write, DbTransaction? tx)
    {
        command.Transaction = tx;
        command.Parameters.Clear();
        foreach (var (name, value) in write.Parameters) SchemaMigrator.AddParameter(command, name, value);
    }

    private static async Task DisposeQuietlyAsync(DbConnection connection)
    {
        try
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A broken connection may fail to close; it is dropped either way.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    /// <summary>
    /// One command per statement text on the writer's connection, its parameters bound again for each write
    /// (Microsoft.Data.Sqlite keeps a command's prepared statement while its text stays the same). Only the writer's
    /// loop uses it; <see cref="Clear"/> when the connection is dropped.
    /// </summary>
    private sealed class PreparedCommands
    {
        private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

        public DbCommand For(DbConnection connection, PendingWrite write, DbTransaction tx)
        {
            if (_commands.TryGetValue(write.Sql, out var command))
                Bind(command, write, tx);
            else
                _commands[write.Sql] = command = CommandFor(connection, write, tx);
            return command;
        }

        public void Clear()
        {
            foreach (var command in _commands.Values) command.Dispose();
            _commands.Clear();
        }
    }

    private sealed record PendingWrite(string Sql, IReadOnlyList<KeyValuePair<string, object?>> Parameters, TaskCompletionSource<int> Done);
}
