namespace Samoocena.Api.Maps;

/// <summary>Categorical colours for a ranking edition: Lider, Laureat, the other ranked units, not ranked.</summary>
public static class RankingScale
{
    public const string Lider = "#0f6b3a";
    public const string Laureat = "#5fb36b";
    public const string Ranked = "#dcebd2";
    public const string NotRanked = "#f0b872";

    public static readonly IReadOnlyList<LegendEntry> Legend =
    [
        new(Lider, "Lider (miejsca 1–3)"),
        new(Laureat, "Laureat (miejsca 4–10)"),
        new(Ranked, "pozostałe sklasyfikowane"),
        new(NotRanked, "nieklasyfikowana"),
    ];

    public static string Colour(RankingStanding standing) => standing switch
    {
        RankingStanding.Lider => Lider,
        RankingStanding.Laureat => Laureat,
        RankingStanding.Ranked => Ranked,
        RankingStanding.NotRanked => NotRanked,
        _ => throw new ArgumentOutOfRangeException(nameof(standing), standing, null),
    };

    public static string Label(RankingStanding standing) => standing switch
    {
        RankingStanding.Lider => "Lider",
        RankingStanding.Laureat => "Laureat",
        RankingStanding.Ranked => "sklasyfikowana",
        RankingStanding.NotRanked => "nieklasyfikowana",
        _ => throw new ArgumentOutOfRangeException(nameof(standing), standing, null),
    };

    /// <summary>
    /// A ranking map. <paramref name="units"/> gives, per TERYT, the standing and the tooltip text
    /// (e.g. "miejsce 2 w kategorii GW, wynik 87,12" or the reason for not being ranked); gminas that take
    /// no part (no input data) are absent and drawn grey.
    /// </summary>
    public static ChoroplethMap Map(string title, IReadOnlyDictionary<string, (RankingStanding Standing, string Value)> units)
    {
        var areas = units.ToDictionary(
            u => u.Key,
            u => new MapArea(Colour(u.Value.Standing), u.Value.Value, Label(u.Value.Standing)),
            StringComparer.Ordinal);
        return new ChoroplethMap(title, areas, Legend);
    }
}
