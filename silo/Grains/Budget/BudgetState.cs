using Samoocena.Silo.Grains.Audit;

namespace Samoocena.Silo.Grains.Budget;

/// <summary>Stored state of a budget shard: its unit-years keyed "teryt/year" and the audit of imports.</summary>
[GenerateSerializer]
public sealed class BudgetState
{
    [Id(0)] public Dictionary<string, BudgetUnitYear> UnitYears { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public List<AuditEntry> Audit { get; set; } = [];
}
