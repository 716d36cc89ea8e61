namespace Samoocena.Silo.Grains.Metrics;

/// <summary>
/// Stored state of an indicator-year: values by TERYT, version, synthetic (demo) units, and the named source of
/// the last import that named one (e.g. a GUS BDL variable) with the units whose value still comes from it.
/// </summary>
[GenerateSerializer]
public sealed class IndicatorYearState
{
    [Id(0)] public Dictionary<string, double> Values { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public long Version { get; set; }
    [Id(2)] public HashSet<string> Synthetic { get; set; } = new(StringComparer.Ordinal);
    [Id(3)] public string? Source { get; set; }
    [Id(4)] public HashSet<string> FromSource { get; set; } = new(StringComparer.Ordinal);
}
