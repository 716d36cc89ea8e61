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

    /// <summary>
    /// The newest audit entries; older ones are sealed in pages of <see cref="AwardGrain.AuditPageSize"/>
    /// (<see cref="AuditPages"/>, keyed <c>award:&lt;id&gt;/&lt;page&gt;</c>). Editions stored before paging
    /// keep their whole trail here until their next change seals it.
    /// </summary>
    [Id(3)] public List<AuditEntry> Audit { get; set; } = [];

    /// <summary>Number of sealed audit pages.</summary>
    [Id(4)] public int AuditPages { get; set; }

    /// <summary>A juror has scored (the sealed pages are not read to know it).</summary>
    [Id(5)] public bool ScoringStarted { get; set; }
}
