namespace Samoocena.Silo.Storage;

/// <summary>
/// In front of the stock AdoNet provider on PostgreSQL. That provider reads a grain key as an integer or a GUID
/// whenever the text parses as one (hexadecimal), so the string keys "02" and "2", or the logins "abc" and "0ABC",
/// would share one row. Every key of this product is a string: it is passed on with a prefix that never parses,
/// so each lands in <c>GrainIdExtensionString</c> as written (e.g. <c>key:0201011</c>). Reads and writes are timed
/// (<see cref="Hosting.SiloMetrics"/>).
/// </summary>
public sealed class StringKeyGrainStorage(IGrainStorage inner) : IGrainStorage
{
    public const string Prefix = "key:";

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Hosting.SiloMetrics.TimeStorageAsync("read", stateName, () => inner.ReadStateAsync(stateName, AsString(grainId), grainState));

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Hosting.SiloMetrics.TimeStorageAsync("write", stateName, () => inner.WriteStateAsync(stateName, AsString(grainId), grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, AsString(grainId), grainState);

    private static GrainId AsString(GrainId grainId) => GrainId.Create(grainId.Type, Prefix + grainId.Key);
}
