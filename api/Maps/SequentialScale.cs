using Samoocena.Questionnaires.Statistics;
using System.Globalization;

namespace Samoocena.Api.Maps;

/// <summary>
/// Five classes of a numeric value, light to dark, with breaks at the 20th, 40th, 60th and 80th
/// percentiles of the values shown (so each class holds about a fifth of the gminas).
/// </summary>
public static class SequentialScale
{
    public static readonly IReadOnlyList<string> Colours = ["#eaf2fa", "#b9d3ea", "#79acd4", "#3b7fbb", "#15508c"];

    private static readonly double[] Probabilities = [0.2, 0.4, 0.6, 0.8];
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    /// <summary>
    /// Class breaks: the quintiles of <paramref name="values"/>, without repeats and without a break at the
    /// maximum (ties would otherwise leave classes empty). A value equal to a break falls in the lower class.
    /// </summary>
    public static double[] Breaks(IEnumerable<double> values)
    {
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0) return [];
        return Probabilities.Select(p => Quantiles.OfSorted(sorted, p))
            .Where(b => b < sorted[^1])
            .Distinct()
            .ToArray();
    }

    /// <summary>
    /// Index of the class holding <paramref name="value"/>: the number of breaks below it, compared as shown
    /// (methodology v1.1 §0), so a value that reads like a break in the legend falls in the lower class.
    /// </summary>
    public static int ClassOf(double value, IReadOnlyList<double> breaks)
    {
        var index = 0;
        var shown = Scores.AsShown(value);
        while (index < breaks.Count && shown > Scores.AsShown(breaks[index])) index++;
        return index;
    }

    /// <summary>
    /// A map of <paramref name="values"/> by TERYT (null or absent: grey "brak danych"). <paramref name="format"/>
    /// writes a value for tooltips and the legend, with its unit (default: the value as shown, Polish, 2 decimals).
    /// </summary>
    public static ChoroplethMap Map(string title, IReadOnlyDictionary<string, double?> values, Func<double, string>? format = null)
    {
        format ??= v => Scores.AsShown(v).ToString("N2", Polish);
        var present = values.Where(v => v.Value is { } x && double.IsFinite(x)).ToDictionary(v => v.Key, v => v.Value!.Value, StringComparer.Ordinal);
        if (present.Count == 0) return new ChoroplethMap(title, new Dictionary<string, MapArea>(), []);
        var breaks = Breaks(present.Values);
        var bounds = new List<double> { present.Values.Min() };
        bounds.AddRange(breaks);
        bounds.Add(present.Values.Max());
        var classes = breaks.Length + 1;
        var legend = Enumerable.Range(0, classes)
            .Select(i => new LegendEntry(ColourOf(i, classes), classes == 1 ? format(bounds[0]) : $"{format(bounds[i])} – {format(bounds[i + 1])}"))
            .ToArray();
        var areas = present.ToDictionary(
            v => v.Key,
            v =>
            {
                var c = ClassOf(v.Value, breaks);
                return new MapArea(legend[c].Colour, format(v.Value), $"klasa {c + 1} z {classes} ({legend[c].Label})");
            },
            StringComparer.Ordinal);
        return new ChoroplethMap(title, areas, legend);
    }

    /// <summary>Fewer classes than five (ties) still span light to dark.</summary>
    private static string ColourOf(int index, int classes) =>
        classes == 1 ? Colours[2] : Colours[(int)Math.Round(index * (Colours.Count - 1) / (double)(classes - 1))];
}
