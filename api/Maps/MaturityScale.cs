using System.Globalization;
using Samoocena.Questionnaires.Scoring;
using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Api.Maps;

/// <summary>
/// Self-assessment scores of a cohort by maturity level (methodology §3, five levels light to dark), members
/// without a closed assessment in their own colour and every other gmina pale grey "poza kohortą".
/// </summary>
public static class MaturityScale
{
    public const string Open = "#f3d9a4";
    public const string OpenLabel = "w kohorcie, ocena niezamknięta";
    public const string Outside = CategoryScale.OtherCategory;
    public const string OutsideLabel = "poza kohortą";

    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    /// <summary>The colour of a level: the same five blues as <see cref="SequentialScale"/>, by level order.</summary>
    public static string Colour(MaturityLevel level) => SequentialScale.Colours[IndexOf(level)];

    public static IReadOnlyList<LegendEntry> Legend { get; } =
    [
        .. MaturityLevel.All.Select((l, i) => new LegendEntry(SequentialScale.Colours[i],
            i + 1 < MaturityLevel.All.Count
                ? $"{l.Label} ({l.From.ToString(Polish)} do poniżej {MaturityLevel.All[i + 1].From.ToString(Polish)})"
                : $"{l.Label} ({l.From.ToString(Polish)}–100)")),
        new LegendEntry(Open, OpenLabel),
        new LegendEntry(Outside, OutsideLabel),
    ];

    /// <summary>
    /// A cohort map. <paramref name="members"/> gives each member's unrounded overall score (null: no closed
    /// assessment with a score) and the tooltip text when it has none (e.g. its status).
    /// </summary>
    public static ChoroplethMap Map(string title, IReadOnlyDictionary<string, (double? Overall, string Status)> members,
        IEnumerable<string> allUnits)
    {
        var areas = new Dictionary<string, MapArea>(StringComparer.Ordinal);
        foreach (var teryt in allUnits) areas[teryt] = new MapArea(Outside, OutsideLabel);
        foreach (var (teryt, (overall, status)) in members)
            areas[teryt] = overall is { } score
                ? new MapArea(Colour(MaturityLevel.Of(score)), $"wynik {Scores.AsShown(score).ToString("N2", Polish)}", $"poziom {MaturityLevel.Of(score).Label}")
                : new MapArea(Open, status, OpenLabel);
        return new ChoroplethMap(title, areas, Legend);
    }

    private static int IndexOf(MaturityLevel level)
    {
        for (var i = 0; i < MaturityLevel.All.Count; i++)
            if (MaturityLevel.All[i].Id == level.Id) return i;
        throw new ArgumentException($"Nieznany poziom dojrzałości '{level.Id}'.", nameof(level));
    }
}
