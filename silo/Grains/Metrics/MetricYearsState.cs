namespace Samoocena.Silo.Grains.Metrics;

/// <summary>Stored state of the metrics directory: years with data per indicator.</summary>
[GenerateSerializer]
public sealed class MetricYearsState
{
    [Id(0)] public Dictionary<string, SortedSet<int>> Years { get; set; } = new(StringComparer.Ordinal);
}
