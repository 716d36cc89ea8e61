using Orleans.Runtime;

namespace Orleans.Storage;

/// <summary>State as read from and written to storage (mirrors Orleans.IGrainState).</summary>
public interface IGrainState<T>
{
    T State { get; set; }

    string? ETag { get; set; }

    bool RecordExists { get; set; }
}

/// <summary>A grain storage provider (mirrors Orleans.Storage.IGrainStorage).</summary>
public interface IGrainStorage
{
    Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);

    Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);

    Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);

    /// <summary>The stored version only (cheap), so a node can tell whether its copy is stale.</summary>
    Task<string?> ReadETagAsync(string stateName, GrainId grainId);
}
