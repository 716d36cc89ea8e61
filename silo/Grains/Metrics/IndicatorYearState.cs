namespace Samoocena.Silo.Grains.Metrics;

/// <summary>Stored state of an indicator-year: values by TERYT, version, synthetic (demo) units.</summary>
[GenerateSerializer]
public sealed class IndicatorYearState
{
    [Id(0)] public Dictionary<string, double> Values { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public long Version { get; set; }
    [Id(2)] public HashSet<string> Synthetic { get; set; } = new(StringComparer.Ordinal);
}
