using Orleans.Storage;

namespace Orleans.Runtime;

/// <summary>The runtime's <see cref="IPersistentState{TState}"/>, bound to one grain and one storage.</summary>
internal sealed class PersistentState<TState>(string stateName, GrainId grainId, IGrainStorage storage)
    : IPersistentState<TState>, IGrainState<TState>, IStateHolder
{
    public TState State { get; set; } = Create();

    public string? Etag { get; private set; }

    public bool RecordExists { get; set; }

    string? IGrainState<TState>.ETag { get => Etag; set => Etag = value; }

    public Task ReadStateAsync()
    {
        State = Create();
        return storage.ReadStateAsync(stateName, grainId, this);
    }

    public Task WriteStateAsync() => storage.WriteStateAsync(stateName, grainId, this);

    public async Task ClearStateAsync()
    {
        await storage.ClearStateAsync(stateName, grainId, this);
        State = Create();
    }

    public async Task RefreshIfStaleAsync()
    {
        if (await storage.ReadETagAsync(stateName, grainId) != Etag) await ReadStateAsync();
    }

    private static TState Create() => Activator.CreateInstance<TState>();
}
