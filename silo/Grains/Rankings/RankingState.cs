using Samoocena.Silo.Grains.Audit;

namespace Samoocena.Silo.Grains.Rankings;

/// <summary>Stored state of a ranking edition: the latest snapshot, frozen once <see cref="PublishedAt"/> is set.</summary>
[GenerateSerializer]
public sealed class RankingState
{
    [Id(0)] public RankingSnapshot? Snapshot { get; set; }
    [Id(1)] public DateTimeOffset? PublishedAt { get; set; }
    [Id(2)] public string? PublishedBy { get; set; }
    [Id(3)] public List<AuditEntry> Audit { get; set; } = [];
}
