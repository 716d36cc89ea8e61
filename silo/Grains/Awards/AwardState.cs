using Samoocena.Questionnaires.Awards;
using Samoocena.Silo.Grains.Audit;

namespace Samoocena.Silo.Grains.Awards;

/// <summary>Stored state of an award edition.</summary>
[GenerateSerializer]
public sealed class AwardState
{
    [Id(0)] public AwardDefinition? Definition { get; set; }

    /// <summary>Juror login → nominee id → criterion id → score 0–10.</summary>
    [Id(1)] public Dictionary<string, Dictionary<string, Dictionary<string, int>>> Scores { get; set; } = new(StringComparer.Ordinal);

    [Id(2)] public AwardClosure? Closure { get; set; }

    [Id(3)] public List<AuditEntry> Audit { get; set; } = [];
}
