namespace Samoocena.Api.Maps;

/// <summary>Where a gmina stands in a ranking edition, as a map colours it (methodology §4 labels).</summary>
public enum RankingStanding
{
    /// <summary>Rank 1–3 in its category.</summary>
    Lider,

    /// <summary>Rank 4–10 in its category.</summary>
    Laureat,

    /// <summary>Ranked below 10.</summary>
    Ranked,

    /// <summary>Has input data but fails the coverage rule ("nieklasyfikowana").</summary>
    NotRanked,
}
