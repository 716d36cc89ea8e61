namespace Samoocena.Silo.Grains.Metrics;

/// <summary>
/// Stored state of an indicator-year: values by TERYT, version, synthetic (demo) units, and where imported values
/// come from: <see cref="Sources"/> lists the named sources (e.g. a GUS BDL variable and its update), and
/// <see cref="FromSource"/> maps each unit whose value still comes from one to its position in that list.
/// </summary>
[GenerateSerializer]
public sealed class IndicatorYearState
{
    [Id(0)] public Dictionary<string, double> Values { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public long Version { get; set; }
    [Id(2)] public HashSet<string> Synthetic { get; set; } = new(StringComparer.Ordinal);
    [Id(3)] public List<string> Sources { get; set; } = [];
    [Id(4)] public Dictionary<string, int> FromSource { get; set; } = new(StringComparer.Ordinal);
}
