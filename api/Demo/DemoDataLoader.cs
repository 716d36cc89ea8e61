using Samoocena.Api.Hosting;

namespace Samoocena.Api.Demo;

/// <summary>Runs every <see cref="IDemoSeeder"/> when demo data is enabled.</summary>
public sealed class DemoDataLoader(IServiceProvider services, SamoocenaSettings settings, ILogger<DemoDataLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!settings.DemoData) return;
        var seeders = typeof(IDemoSeeder).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDemoSeeder).IsAssignableFrom(t))
            .Select(t => (IDemoSeeder)ActivatorUtilities.CreateInstance(services, t))
            .OrderBy(s => s.Order).ThenBy(s => s.Name, StringComparer.Ordinal);
        foreach (var seeder in seeders)
        {
            var started = TimeProvider.System.GetTimestamp();
            await seeder.SeedAsync(services, cancellationToken);
            logger.LogInformation("Demo data '{Name}' ready in {Elapsed} ms", seeder.Name,
                (int)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
