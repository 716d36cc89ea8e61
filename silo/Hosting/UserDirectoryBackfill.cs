using Microsoft.Extensions.Hosting;
using Samoocena.Silo.Grains.Users;
using Samoocena.Silo.Storage;

namespace Samoocena.Silo.Hosting;

/// <summary>
/// Users stored before the user directory existed (an upgraded database) are listed at start: every stored user the
/// directory does not know yet is activated once, and its activation adds it (<c>UserGrain.OnActivateAsync</c>).
/// Without it, <c>GET /api/users</c> would miss them until they next sign in.
/// </summary>
internal sealed class UserDirectoryBackfill(StorageSettings settings, StorageDialect dialect, IGrainFactory grains) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var users = PersistedStates.All.Single(s => s.StateType == typeof(UserState));
        // SQLite keeps "<grain type>/<state name>" and the key; the stock PostgreSQL provider the state name and "key:<key>".
        var type = settings.UsesPostgres ? users.StateName : users.GrainType + "/" + users.StateName;
        var logins = new List<string>();
        await using (var connection = await dialect.OpenAsync().ConfigureAwait(false))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT GrainIdExtensionString FROM OrleansStorage WHERE ServiceId = @s AND GrainTypeString = @t";
            SchemaMigrator.AddParameter(command, "@s", settings.ServiceId);
            SchemaMigrator.AddParameter(command, "@t", type);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                if (!reader.IsDBNull(0)) logins.Add(reader.GetString(0));
        }
        var listed = (await grains.GetGrain<Grains.UserDirectory.IUserDirectoryGrain>("all").ListAsync().ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var key in logins)
        {
            var login = key.StartsWith(StringKeyGrainStorage.Prefix, StringComparison.Ordinal) ? key[StringKeyGrainStorage.Prefix.Length..] : key;
            if (!listed.Contains(login)) await grains.GetGrain<IUserGrain>(login).GetAsync().ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
