using Samoocena.Questionnaires.Registry;

namespace Samoocena.Questionnaires.Statistics;

/// <summary>
/// Polish words for the technical values of methodology §2, one implementation for the JSON (<c>groupLabel</c>,
/// <c>bandLabel</c>) and the workbooks: peer group ids (<c>default:GW-P2</c> → "gminy wiejskie, 5–10 tys. mieszkańców"),
/// bands, trends, categories and population classes.
/// </summary>
public static class PeerLabels
{
    private static readonly Dictionary<string, string> Categories = new(StringComparer.Ordinal)
    {
        ["MNPP"] = "miasta na prawach powiatu", ["GM"] = "gminy miejskie", ["GMW"] = "gminy miejsko-wiejskie", ["GW"] = "gminy wiejskie",
    };

    private static readonly Dictionary<string, string> CategoryOfOne = new(StringComparer.Ordinal)
    {
        ["MNPP"] = "miasto na prawach powiatu", ["GM"] = "gmina miejska", ["GMW"] = "gmina miejsko-wiejska", ["GW"] = "gmina wiejska",
    };

    private static readonly Dictionary<string, string> Classes = new(StringComparer.Ordinal)
    {
        ["P1"] = "do 5 tys. mieszkańców", ["P2"] = "5–10 tys. mieszkańców", ["P3"] = "10–20 tys. mieszkańców",
        ["P4"] = "20–50 tys. mieszkańców", ["P5"] = "50–100 tys. mieszkańców", ["P6"] = "100–200 tys. mieszkańców",
        ["P7"] = "200 tys. mieszkańców i więcej", ["P?"] = "liczba mieszkańców nieznana",
    };

    private static readonly Dictionary<string, string> Voivodeships = new(StringComparer.Ordinal)
    {
        ["02"] = "dolnośląskie", ["04"] = "kujawsko-pomorskie", ["06"] = "lubelskie", ["08"] = "lubuskie", ["10"] = "łódzkie",
        ["12"] = "małopolskie", ["14"] = "mazowieckie", ["16"] = "opolskie", ["18"] = "podkarpackie", ["20"] = "podlaskie",
        ["22"] = "pomorskie", ["24"] = "śląskie", ["26"] = "świętokrzyskie", ["28"] = "warmińsko-mazurskie",
        ["30"] = "wielkopolskie", ["32"] = "zachodniopomorskie",
    };

    /// <summary>"gminy wiejskie" for a ranking category (MNPP, GM, GMW, GW); the code itself when unknown.</summary>
    public static string Category(string category) => Categories.GetValueOrDefault(category, category);

    /// <summary>"gmina wiejska" for one unit's category.</summary>
    public static string CategoryOfUnit(string category) => CategoryOfOne.GetValueOrDefault(category, category);

    /// <summary>"5–10 tys. mieszkańców" for a population class P1..P7 (P? unknown).</summary>
    public static string PopulationClass(string populationClass) => Classes.GetValueOrDefault(populationClass, populationClass);

    /// <summary>
    /// The peer group in words: <c>default:GW-P2</c> "gminy wiejskie, 5–10 tys. mieszkańców"; widened
    /// <c>default:GW</c> "gminy wiejskie (grupa poszerzona do całej kategorii: w klasie wielkości było mniej niż 5 gmin)";
    /// <c>category:GW</c>, <c>voivodeship:14</c> "gminy województwa mazowieckiego"… <c>all</c>, <c>neighbours:k15</c>,
    /// <c>cohort:&lt;id&gt;</c>.
    /// </summary>
    public static string Group(string group, bool widened)
    {
        var colon = group.IndexOf(':');
        var kind = colon < 0 ? group : group[..colon];
        var arg = colon < 0 ? "" : group[(colon + 1)..];
        switch (kind)
        {
            case "default":
                var dash = arg.IndexOf('-');
                var category = dash < 0 ? arg : arg[..dash];
                var words = Category(category);
                if (dash >= 0) words += ", " + PopulationClass(arg[(dash + 1)..]);
                return widened
                    ? $"{words} (grupa poszerzona do całej kategorii: w tej samej klasie wielkości było mniej niż {PeerGroups.MinimumDefaultSize} gmin z wartością)"
                    : words;
            case "category":
                return $"{Category(arg)} (cała kategoria)";
            case "voivodeship":
                return Voivodeships.TryGetValue(arg, out var v) ? $"gminy województwa: {v}" : $"gminy województwa {arg}";
            case "all":
                return "wszystkie gminy w Polsce";
            case "neighbours":
                return arg.StartsWith('k') && int.TryParse(arg.AsSpan(1), out var k)
                    ? $"{k} gmin najbardziej podobnych (ludność, powierzchnia, gęstość zaludnienia) i ta gmina"
                    : "gminy najbardziej podobne";
            case "cohort":
                return $"kohorta {arg}";
            default:
                return group;
        }
    }

    /// <summary>top/middle/bottom/none in words (methodology §2: quartiles of the group).</summary>
    public static string Band(string band) => band switch
    {
        PeerStats.BandTop => "najlepsze 25% grupy",
        PeerStats.BandMiddle => "środkowe 50% grupy",
        PeerStats.BandBottom => "najsłabsze 25% grupy",
        PeerStats.BandNone => "brak oceny (brak wartości lub grupa jednoelementowa)",
        _ => band,
    };

    /// <summary>improving/worsening/unchanged in words; null stays null.</summary>
    public static string? Trend(string? trend) => trend switch
    {
        null => null,
        PeerStats.TrendImproving => "poprawa",
        PeerStats.TrendWorsening => "pogorszenie",
        PeerStats.TrendUnchanged => "bez zmian",
        _ => trend,
    };
}
