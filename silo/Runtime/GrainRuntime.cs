using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Orleans.Runtime;

/// <summary>
/// The in-process silo: grain directory, activation and idle collection. Activations of different
/// grains run in parallel; calls to one activation run one at a time.
/// </summary>
public sealed class GrainRuntime : IGrainFactory, IAsyncDisposable
{
    internal const string DefaultStorageName = "Default";

    private readonly ConcurrentDictionary<GrainId, GrainActivation> _activations = new();
    private readonly ConcurrentDictionary<Type, object> _proxies = new();
    private readonly IReadOnlyDictionary<Type, Type> _implementations;
    private readonly ITimer? _collector;

    public GrainRuntime(IServiceProvider services, IOptions<GrainCollectionOptions> options, TimeProvider time,
        ILogger<GrainRuntime> logger, GrainTypeRegistry types)
    {
        Services = services;
        Options = options.Value;
        Time = time;
        Logger = logger;
        _implementations = types.Implementations;
        if (Options.CollectionQuantum > TimeSpan.Zero)
            _collector = time.CreateTimer(_ => _ = CollectIdleActivationsAsync(), null, Options.CollectionQuantum, Options.CollectionQuantum);
    }

    internal IServiceProvider Services { get; }

    internal GrainCollectionOptions Options { get; }

    internal TimeProvider Time { get; }

    internal ILogger Logger { get; }

    /// <summary>Number of live activations.</summary>
    public int ActivationCount => _activations.Count;

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey) where TGrainInterface : IGrainWithStringKey =>
        CreateReference<TGrainInterface>(primaryKey);

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey) where TGrainInterface : IGrainWithIntegerKey =>
        CreateReference<TGrainInterface>(primaryKey.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private TGrainInterface CreateReference<TGrainInterface>(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var type = typeof(TGrainInterface);
        if (!_implementations.ContainsKey(type))
            throw new InvalidOperationException($"No grain class implements {type.Name}.");
        var proxy = DispatchProxy.Create<TGrainInterface, GrainReference>();
        ((GrainReference)(object)proxy!).Bind(this, new GrainId(GrainTypeRegistry.TypeName(type), key), type);
        return proxy;
    }

    /// <summary>Runs one call on the grain's activation, activating it first when needed.</summary>
    internal async Task<T> InvokeAsync<T>(GrainId id, Type grainInterface, Func<Grain, Task<T>> call)
    {
        while (true)
        {
            var activation = _activations.GetOrAdd(id, static (gid, arg) =>
                new GrainActivation(arg.Runtime, gid, arg.Runtime._implementations[arg.Interface]), (Runtime: this, Interface: grainInterface));
            var (ran, result) = await activation.RunAsync(call).ConfigureAwait(false);
            if (ran) return result;
        }
    }

    internal void Remove(GrainActivation activation) =>
        _activations.TryRemove(new KeyValuePair<GrainId, GrainActivation>(activation.GrainId, activation));

    /// <summary>Deactivates activations idle for longer than the collection age.</summary>
    public async Task<int> CollectIdleActivationsAsync()
    {
        var now = Time.GetTimestamp();
        var collected = 0;
        foreach (var activation in _activations.Values)
        {
            if (Time.GetElapsedTime(activation.LastUsedTimestamp, now) < Options.CollectionAge) continue;
            if (await activation.TryDeactivateAsync(new(DeactivationReasonCode.ActivationIdle, "idle"), waitForTurn: false).ConfigureAwait(false))
                collected++;
        }
        return collected;
    }

    /// <summary>Deactivates every activation, waiting for running calls (shutdown, tests).</summary>
    public async Task DeactivateAllAsync()
    {
        foreach (var activation in _activations.Values)
            await activation.TryDeactivateAsync(new(DeactivationReasonCode.ShuttingDown, "shutdown"), waitForTurn: true).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_collector is not null) await _collector.DisposeAsync().ConfigureAwait(false);
        await DeactivateAllAsync().ConfigureAwait(false);
    }
}
