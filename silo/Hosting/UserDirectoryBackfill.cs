using Microsoft.Extensions.Hosting;
using Samoocena.Silo.Grains.Users;
using Samoocena.Silo.Storage;

namespace Samoocena.Silo.Hosting;

/// <summary>
/// Users stored before the user directory existed (an upgraded database) are listed at start: every stored user the
/// directory does not know yet is activated once, and its activation adds it (<c>UserGrain.OnActivateAsync</c>).
/// Without it, <c>GET /api/users</c> would miss them until they next sign in.
/// </summary>
internal sealed class UserDirectoryBackfill(StoredGrainKeys stored, IGrainFactory grains) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var logins = await stored.ListAsync(typeof(UserState), cancellationToken).ConfigureAwait(false);
        var listed = (await grains.GetGrain<Grains.UserDirectory.IUserDirectoryGrain>("all").ListAsync().ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var login in logins.Where(l => !listed.Contains(l)))
            await grains.GetGrain<IUserGrain>(login).GetAsync().ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
