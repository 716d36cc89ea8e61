namespace Samoocena.Silo.Grains.Rankings;

/// <summary>A ranking edition as served: "none" (never computed), "draft" or "published", with its snapshot.</summary>
[GenerateSerializer]
public sealed record RankingStatus(
    [property: Id(0)] string Status,
    [property: Id(1)] RankingSnapshot? Snapshot,
    [property: Id(2)] DateTimeOffset? PublishedAt)
{
    public const string None = "none", Draft = "draft", Published = "published";
}
