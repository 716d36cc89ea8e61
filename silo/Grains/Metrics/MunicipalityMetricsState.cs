using Samoocena.Silo.Grains.Audit;

namespace Samoocena.Silo.Grains.Metrics;

/// <summary>Stored state of a municipality's metrics: the audit log (values live in the indicator-year grains).</summary>
[GenerateSerializer]
public sealed class MunicipalityMetricsState
{
    [Id(0)] public List<AuditEntry> Audit { get; set; } = [];
}
