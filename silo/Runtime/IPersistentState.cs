namespace Orleans.Runtime;

/// <summary>Persistent state of a grain (mirrors Orleans.Runtime.IPersistentState).</summary>
public interface IPersistentState<TState>
{
    TState State { get; set; }

    /// <summary>Version of the stored record; null before the first write.</summary>
    string? Etag { get; }

    bool RecordExists { get; }

    Task ReadStateAsync();

    /// <summary>Writes the state; a stale <see cref="Etag"/> throws <see cref="Orleans.Storage.InconsistentStateException"/>.</summary>
    Task WriteStateAsync();

    Task ClearStateAsync();
}
