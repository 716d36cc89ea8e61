using Microsoft.Extensions.Hosting;
using Samoocena.Silo.Grains.AwardDirectory;
using Samoocena.Silo.Grains.Awards;
using Samoocena.Silo.Storage;

namespace Samoocena.Silo.Hosting;

/// <summary>
/// Award editions stored before the award directory existed (an upgraded database) are listed at start: every stored
/// edition the directory does not know yet is activated once, and its activation adds it (<c>AwardGrain.OnActivateAsync</c>).
/// Without it, <c>GET /api/awards</c> would miss them until they are next opened.
/// </summary>
internal sealed class AwardDirectoryBackfill(StorageSettings settings, StorageDialect dialect, IGrainFactory grains) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var awards = PersistedStates.All.Single(s => s.StateType == typeof(AwardState));
        // SQLite keeps "<grain type>/<state name>" and the key; the stock PostgreSQL provider the state name and "key:<key>".
        var type = settings.UsesPostgres ? awards.StateName : awards.GrainType + "/" + awards.StateName;
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
        var listed = (await grains.GetGrain<IAwardDirectoryGrain>(AwardDirectoryGrain.Key).ListAsync().ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var id = key.StartsWith(StringKeyGrainStorage.Prefix, StringComparison.Ordinal) ? key[StringKeyGrainStorage.Prefix.Length..] : key;
            if (!listed.Contains(id)) await grains.GetGrain<IAwardGrain>(id).GetAsync().ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
