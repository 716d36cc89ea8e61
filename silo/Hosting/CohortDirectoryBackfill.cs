using Microsoft.Extensions.Hosting;
using Samoocena.Silo.Grains.Cohorts;
using Samoocena.Silo.Storage;

namespace Samoocena.Silo.Hosting;

/// <summary>
/// Cohorts stored before the cohort directory existed (an upgraded database) are listed at start: every stored cohort
/// the directory does not know yet is read once and added. Without it, <c>GET /api/cohorts</c> would miss them until a
/// coordinator saved them again. Same storage query as <see cref="UserDirectoryBackfill"/>.
/// </summary>
internal sealed class CohortDirectoryBackfill(StorageSettings settings, StorageDialect dialect, IGrainFactory grains) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var cohorts = PersistedStates.All.Single(s => s.StateType == typeof(CohortState));
        // SQLite keeps "<grain type>/<state name>" and the key; the stock PostgreSQL provider the state name and "key:<key>".
        var type = settings.UsesPostgres ? cohorts.StateName : cohorts.GrainType + "/" + cohorts.StateName;
        var keys = new List<string>();
        await using (var connection = await dialect.OpenAsync().ConfigureAwait(false))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT GrainIdExtensionString FROM OrleansStorage WHERE ServiceId = @s AND GrainTypeString = @t";
            SchemaMigrator.AddParameter(command, "@s", settings.ServiceId);
            SchemaMigrator.AddParameter(command, "@t", type);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                if (!reader.IsDBNull(0)) keys.Add(reader.GetString(0));
        }
        if (keys.Count == 0) return;
        var directory = grains.GetGrain<ICohortDirectoryGrain>(CohortDirectoryGrain.Key);
        var listed = (await directory.ListAsync().ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var id = key.StartsWith(StringKeyGrainStorage.Prefix, StringComparison.Ordinal) ? key[StringKeyGrainStorage.Prefix.Length..] : key;
            if (listed.Contains(id)) continue;
            if (await grains.GetGrain<ICohortGrain>(id).GetAsync().ConfigureAwait(false) is not null)
                await directory.AddAsync(id).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
