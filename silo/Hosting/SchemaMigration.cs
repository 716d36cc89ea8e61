using Microsoft.Extensions.Hosting;
using Samoocena.Silo.Storage;

namespace Samoocena.Silo.Hosting;

/// <summary>Applies the versioned schema scripts before the silo starts (the providers read OrleansQuery at start).</summary>
internal sealed class SchemaMigration(StorageDialect dialect, TimeProvider time) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => SchemaMigrator.MigrateAsync(dialect, time);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
