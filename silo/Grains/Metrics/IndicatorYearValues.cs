namespace Samoocena.Silo.Grains.Metrics;

/// <summary>
/// A snapshot of one indicator-year: values by TERYT, the version (bumped by every write that changed
/// something, so caches can key on it) and the TERYT codes whose value is synthetic demo data; <see cref="Source"/>
/// names where the values of <see cref="FromSource"/> were imported from (null when no import named a source).
/// </summary>
[GenerateSerializer]
public sealed record IndicatorYearValues(
    [property: Id(0)] IReadOnlyDictionary<string, double> Values,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlySet<string> Synthetic)
{
    [Id(3)] public string? Source { get; init; }
    [Id(4)] public IReadOnlySet<string> FromSource { get; init; } = new HashSet<string>();
}
