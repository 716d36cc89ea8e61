using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;

namespace Samoocena.Tests.Infrastructure;

/// <summary>A silo host on a chosen database, for runtime and grain tests without HTTP.</summary>
public sealed class SiloHarness : IAsyncDisposable
{
    private readonly IHost _host;

    private SiloHarness(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public GrainRuntime Runtime => _host.Services.GetRequiredService<GrainRuntime>();

    public IServiceProvider Services => _host.Services;

    public static async Task<SiloHarness> StartAsync(StorageKind kind, string serviceId, string sqlitePath,
        TimeProvider? time = null, Action<GrainCollectionOptions>? collection = null, params Assembly[] grainAssemblies)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(time ?? TimeProvider.System);
        builder.UseOrleans(silo =>
        {
            silo.AddGrainsFrom(typeof(Samoocena.Silo.Grains.Errors.DomainException).Assembly);
            foreach (var a in grainAssemblies) silo.AddGrainsFrom(a);
            silo.AddAdoNetGrainStorageAsDefault(o => TestDatabases.Configure(o, kind, serviceId, sqlitePath));
        });
        builder.Services.Configure<GrainCollectionOptions>(o =>
        {
            o.CollectionQuantum = TimeSpan.Zero;
            collection?.Invoke(o);
        });
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
