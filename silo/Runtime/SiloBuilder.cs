using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Storage;

namespace Orleans.Hosting;

/// <summary>Configures the in-process silo (mirrors Orleans.Hosting.ISiloBuilder).</summary>
public sealed class SiloBuilder(IServiceCollection services, GrainTypeRegistry types)
{
    public IServiceCollection Services { get; } = services;

    /// <summary>Registers the grain classes of an assembly.</summary>
    public SiloBuilder AddGrainsFrom(Assembly assembly)
    {
        types.AddAssembly(assembly);
        return this;
    }

    /// <summary>Adds an ADO.NET grain storage under a name (the default one when the name is "Default").</summary>
    public SiloBuilder AddAdoNetGrainStorage(string name, Action<AdoNetGrainStorageOptions> configure)
    {
        var options = new AdoNetGrainStorageOptions();
        configure(options);
        Services.AddKeyedSingleton<IGrainStorage>(name, (sp, _) => new AdoNetGrainStorage(options, sp.GetRequiredService<TimeProvider>()));
        Services.AddSingleton<IHostedService>(sp => new StorageInitializer((AdoNetGrainStorage)sp.GetRequiredKeyedService<IGrainStorage>(name)));
        return this;
    }

    public SiloBuilder AddAdoNetGrainStorageAsDefault(Action<AdoNetGrainStorageOptions> configure) =>
        AddAdoNetGrainStorage(GrainRuntime.DefaultStorageName, configure);

    private sealed class StorageInitializer(AdoNetGrainStorage storage) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => storage.InitializeAsync();

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>Hosting entry point (mirrors Orleans' UseOrleans).</summary>
public static class SiloHostingExtensions
{
    public static IHostApplicationBuilder UseOrleans(this IHostApplicationBuilder builder, Action<SiloBuilder> configure)
    {
        var types = new GrainTypeRegistry();
        var silo = new SiloBuilder(builder.Services, types);
        configure(silo);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(types);
        builder.Services.AddOptions<GrainCollectionOptions>();
        builder.Services.AddSingleton<GrainRuntime>();
        builder.Services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
        builder.Services.AddHostedService<SiloLifetime>();
        return builder;
    }

    private sealed class SiloLifetime(GrainRuntime runtime) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => runtime.DeactivateAllAsync();
    }
}
