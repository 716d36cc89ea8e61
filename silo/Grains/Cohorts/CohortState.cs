using Samoocena.Silo.Grains.Audit;

namespace Samoocena.Silo.Grains.Cohorts;

/// <summary>Stored state of a cohort: its definition and the audit log of changes to it.</summary>
[GenerateSerializer]
public sealed class CohortState
{
    [Id(0)] public Cohort? Cohort { get; set; }
    [Id(1)] public List<AuditEntry> Audit { get; set; } = [];
}
