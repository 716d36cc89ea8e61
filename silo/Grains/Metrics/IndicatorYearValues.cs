namespace Samoocena.Silo.Grains.Metrics;

/// <summary>
/// A snapshot of one indicator-year: values by TERYT, the version (bumped by every write that changed
/// something, so caches can key on it) and the TERYT codes whose value is synthetic demo data; <see cref="Sources"/>
/// names, by TERYT, where an imported value comes from (only units whose import named a source).
/// Immutable: a call on the same node passes this very object (no copy of ~2,500 entries per read), so the
/// indicator-year grain never changes the collections it hands out (it replaces them on a write).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record IndicatorYearValues(
    [property: Id(0)] IReadOnlyDictionary<string, double> Values,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlySet<string> Synthetic)
{
    [Id(3)] public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();
}
