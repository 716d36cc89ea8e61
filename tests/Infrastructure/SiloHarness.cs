using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Samoocena.Silo.Hosting;

namespace Samoocena.Tests.Infrastructure;

/// <summary>A silo host on a chosen database, configured as the API configures its own, for grain tests without HTTP.</summary>
public sealed class SiloHarness : IAsyncDisposable
{
    private readonly IHost _host;

    private SiloHarness(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    public static async Task<SiloHarness> StartAsync(StorageKind kind, string serviceId, string sqlitePath,
        TimeProvider? time = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(time ?? TimeProvider.System);
        services?.Invoke(builder.Services);
        builder.AddSamoocenaSilo(TestDatabases.Storage(kind, serviceId, sqlitePath));
        var host = builder.Build();
        await host.StartAsync();
        return new SiloHarness(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
