using Microsoft.Extensions.Hosting;
using Samoocena.Silo.Grains.Cohorts;
using Samoocena.Silo.Storage;

namespace Samoocena.Silo.Hosting;

/// <summary>
/// Cohorts stored before the cohort directory existed (an upgraded database) are listed at start: every stored cohort
/// the directory does not know yet is read once and added. Without it, <c>GET /api/cohorts</c> would miss them until a
/// coordinator saved them again.
/// </summary>
internal sealed class CohortDirectoryBackfill(StoredGrainKeys stored, IGrainFactory grains) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var keys = await stored.ListAsync(typeof(CohortState), cancellationToken).ConfigureAwait(false);
        if (keys.Count == 0) return;
        var directory = grains.GetGrain<ICohortDirectoryGrain>(CohortDirectoryGrain.Key);
        var listed = (await directory.ListAsync().ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        foreach (var id in keys.Where(k => !listed.Contains(k)))
        {
            if (await grains.GetGrain<ICohortGrain>(id).GetAsync().ConfigureAwait(false) is not null)
                await directory.AddAsync(id).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
