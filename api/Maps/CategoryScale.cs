using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Maps;

/// <summary>Colours of the four ranking categories of methodology §1 (MNPP, GM, GMW, GW).</summary>
public static class CategoryScale
{
    public const string OtherCategory = "#e6e8eb";

    public static readonly IReadOnlyDictionary<string, string> Colours = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["MNPP"] = "#6a3d9a",
        ["GM"] = "#d95f5f",
        ["GMW"] = "#f0a34a",
        ["GW"] = "#b9d8a3",
    };

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["MNPP"] = "MNPP – miasta na prawach powiatu",
        ["GM"] = "GM – gminy miejskie",
        ["GMW"] = "GMW – gminy miejsko-wiejskie",
        ["GW"] = "GW – gminy wiejskie",
    };

    /// <summary>
    /// Every gmina coloured by its category; with <paramref name="only"/> set, gminas of the other categories
    /// are pale grey so the chosen one stands out.
    /// </summary>
    public static ChoroplethMap Map(MunicipalityRegistry registry, string? only = null)
    {
        var areas = new Dictionary<string, MapArea>(StringComparer.Ordinal);
        foreach (var unit in registry.All)
        {
            var colour = only is null || unit.Category == only ? Colours[unit.Category] : OtherCategory;
            areas[unit.Teryt] = new MapArea(colour, unit.Category, $"{unit.Kind}, powiat {unit.Powiat}, woj. {unit.Voivodeship}");
        }
        var legend = only is null
            ? MunicipalityAttributes.Categories.Select(c => new LegendEntry(Colours[c], Labels[c])).ToArray()
            : [new LegendEntry(Colours[only], Labels[only]), new LegendEntry(OtherCategory, "pozostałe kategorie")];
        var title = only is null ? "Gminy według kategorii" : $"Gminy kategorii {only}";
        return new ChoroplethMap(title, areas, legend);
    }
}
