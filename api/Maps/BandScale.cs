namespace Samoocena.Api.Maps;

/// <summary>
/// The Kolada-style traffic lights of a benchmark (methodology §2 bands): green for the best quarter of
/// the peer group, yellow for the middle half, red for the worst quarter, grey without a value.
/// </summary>
public static class BandScale
{
    public const string Top = "#2f9e5a";
    public const string Middle = "#f2c744";
    public const string Bottom = "#d8483f";

    public static readonly IReadOnlyList<LegendEntry> Legend =
    [
        new(Top, "najlepsze 25% w grupie"),
        new(Middle, "środkowe 50%"),
        new(Bottom, "najsłabsze 25%"),
    ];

    /// <summary>Colour of a band: <c>top</c>, <c>middle</c>, <c>bottom</c>; anything else (<c>none</c>) is grey.</summary>
    public static string Colour(string band) => band switch
    {
        "top" => Top,
        "middle" => Middle,
        "bottom" => Bottom,
        _ => ChoroplethMap.MissingColour,
    };

    /// <summary>Polish name of a band for tooltips.</summary>
    public static string Label(string band) => band switch
    {
        "top" => "najlepsze 25%",
        "middle" => "środkowe 50%",
        "bottom" => "najsłabsze 25%",
        _ => ChoroplethMap.MissingLabel,
    };

    /// <summary>
    /// A band map. <paramref name="units"/> gives, per TERYT, the band and the value as it should read in the
    /// tooltip (already formatted with its unit); gminas with band <c>none</c> or absent are grey.
    /// </summary>
    public static ChoroplethMap Map(string title, IReadOnlyDictionary<string, (string Band, string Value)> units)
    {
        var areas = new Dictionary<string, MapArea>(StringComparer.Ordinal);
        foreach (var (teryt, (band, value)) in units)
            if (band is "top" or "middle" or "bottom")
                areas[teryt] = new MapArea(Colour(band), value, Label(band));
        return new ChoroplethMap(title, areas, Legend);
    }
}
