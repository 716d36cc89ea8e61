using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Storage;

namespace Samoocena.Silo.Storage;

/// <summary>
/// PostgreSQL upgrade from the release before Orleans 10.4.2: migration 0002 moved its table aside as
/// <c>OrleansStorageV1</c>; once the silo runs, every row of this ServiceId is read from there and written through
/// the stock provider (new hashes, new payload column), then deleted from the old table — in that order, so a crash
/// in between only repeats a row, and a row the new table already holds (an earlier, interrupted run) is not
/// written twice. Two nodes starting at once take turns on an advisory lock.
/// </summary>
internal sealed class LegacyStateCarrier(IServiceProvider services, StorageSettings settings, ILogger<LegacyStateCarrier> logger) : IHostedService
{
    private const long LockId = 7272742;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var storage = services.GetRequiredKeyedService<IGrainStorage>(Orleans.Providers.ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
        await using var dataSource = NpgsqlDataSource.Create(settings.ConnectionString);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('orleansstoragev1') IS NOT NULL", connection))
            if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!) return;
        await using (var acquire = new NpgsqlCommand($"SELECT pg_advisory_lock({LockId})", connection))
            await acquire.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var rows = new List<(string Type, string Key, string Json)>();
            await using (var read = new NpgsqlCommand(
                "SELECT GrainTypeString, GrainIdExtensionString, PayloadJson FROM OrleansStorageV1 " +
                "WHERE ServiceId = @s AND PayloadJson IS NOT NULL ORDER BY GrainTypeString, GrainIdExtensionString", connection))
            {
                read.Parameters.AddWithValue("s", settings.ServiceId);
                await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
            foreach (var (type, key, json) in rows)
            {
                var state = PersistedStates.ByLegacyType(type)
                    ?? throw new InvalidOperationException($"Stored state type '{type}' is unknown to this release; upgrade stopped, nothing lost.");
                try
                {
                    await state.CarryAsync(storage, state.GrainId(key), json).ConfigureAwait(false);
                }
                catch (InconsistentStateException)
                {
                    // Already carried by an interrupted earlier run: the new table's row stays as it is.
                }
                await using var delete = new NpgsqlCommand(
                    "DELETE FROM OrleansStorageV1 WHERE ServiceId = @s AND GrainTypeString = @t AND GrainIdExtensionString = @k", connection);
                delete.Parameters.AddWithValue("s", settings.ServiceId);
                delete.Parameters.AddWithValue("t", type);
                delete.Parameters.AddWithValue("k", key);
                await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            if (rows.Count > 0) logger.LogInformation("Upgrade: carried {Count} stored states into the Orleans 10.4.2 storage.", rows.Count);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockId})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
