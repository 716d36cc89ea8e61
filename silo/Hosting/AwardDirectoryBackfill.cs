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
internal sealed class AwardDirectoryBackfill(StoredGrainKeys stored, IGrainFactory grains) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var keys = await stored.ListAsync(typeof(AwardState), cancellationToken).ConfigureAwait(false);
        if (keys.Count == 0) return;
        var listed = (await grains.GetGrain<IAwardDirectoryGrain>(AwardDirectoryGrain.Key).ListAsync().ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var id in keys.Where(k => !listed.Contains(k)))
            await grains.GetGrain<IAwardGrain>(id).GetAsync().ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
