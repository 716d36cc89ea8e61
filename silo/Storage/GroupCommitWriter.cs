using System.Data.Common;
using System.Threading.Channels;

namespace Samoocena.Silo.Storage;

/// <summary>
/// SQLite has one writer at a time and a commit costs far more than a small UPDATE, so concurrent state writes of
/// different grains are applied by one writer connection in one transaction ("group commit"). Each write keeps
/// its own version check (its row count comes back to its caller alone), and no caller is answered before the
/// transaction holding its write has committed, so an acknowledged write is as durable as a single one.
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    private const int MaxBatch = 256;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new() { SingleReader = true });
    private readonly Func<Task<DbConnection>> _open;
    private readonly Task _loop;

    public GroupCommitWriter(Func<Task<DbConnection>> open)
    {
        _open = open;
        _loop = Task.Run(RunAsync);
    }

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
        var batch = new List<PendingWrite>(MaxBatch);
        var counts = new int[MaxBatch];
        var failures = new Exception?[MaxBatch];
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write)) batch.Add(write);
            try
            {
                connection ??= await _open().ConfigureAwait(false);
                await using var tx = await connection.BeginTransactionAsync().ConfigureAwait(false);
                for (var i = 0; i < batch.Count; i++)
                {
                    failures[i] = null;
                    try
                    {
                        using var command = connection.CreateCommand();
                        command.Transaction = tx;
                        command.CommandText = batch[i].Sql;
                        foreach (var (name, value) in batch[i].Parameters) SchemaMigrator.AddParameter(command, name, value);
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
            catch (Exception ex)
            {
                // The transaction did not commit: nothing of this batch is stored, every caller hears so.
                foreach (var write in batch) write.Done.TrySetException(ex);
                if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
                connection = null;
            }
        }
        if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private sealed record PendingWrite(string Sql, IReadOnlyList<KeyValuePair<string, object?>> Parameters, TaskCompletionSource<int> Done);
}
