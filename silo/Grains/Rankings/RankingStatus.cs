namespace Samoocena.Silo.Grains.Rankings;

/// <summary>A ranking edition as served: "none" (never computed), "draft" or "published", with its snapshot.</summary>
[GenerateSerializer, Immutable]
public sealed record RankingStatus(
    [property: Id(0)] string Status,
    [property: Id(1)] RankingSnapshot? Snapshot,
    [property: Id(2)] DateTimeOffset? PublishedAt,
    [property: Id(3)] string? Version = null)
{
    public const string None = "none", Draft = "draft", Published = "published";
}
