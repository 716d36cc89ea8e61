using System.Globalization;

namespace Samoocena.Questionnaires.Statistics;

/// <summary>
/// Composite indices of methodology §4: normalisation within the reference set, weighted mean over the
/// present indicators under the coverage rule, competition ranks and the Lider/Laureat labels.
/// </summary>
/// <remarks>
/// The reference set is every unit passed in, ranked or not: min, max, mean and sd of an indicator are
/// taken over the units that have it. Missing values are never imputed; present weights are renormalised.
/// </remarks>
public static class CompositeIndex
{
    public const string Lider = "Lider";
    public const string Laureat = "Laureat";

    /// <summary>
    /// Scores and ranks the units. <paramref name="values"/>[u][i] is unit u's value of indicator i (null
    /// when missing); <paramref name="units"/> are unit ids (TERYT), used to order equal ranks.
    /// </summary>
    public static CompositeResult Compute(
        IReadOnlyList<string> units,
        IReadOnlyList<IReadOnlyList<double?>> values,
        IReadOnlyList<CompositeIndicator> indicators,
        Normalisation normalisation = Normalisation.MinMax)
    {
        Validate(units, values, indicators);
        var m = indicators.Count;
        var dense = NormaliseDense(values, indicators, normalisation);
        var weights = indicators.Select(i => i.Weight).ToArray();
        var total = weights.Sum();
        var scale = normalisation == Normalisation.MinMax ? 100.0 : 1.0;

        var ranked = new List<int>();
        var scores = new double[units.Count];
        var notRanked = new List<NotRankedUnit>();
        for (var u = 0; u < units.Count; u++)
        {
            var row = dense.AsSpan(u * m, m);
            var present = PresentWeight(row, weights);
            if (Coverage.IsMet(present, total))
            {
                scores[u] = scale * WeightedMean(row, weights);
                ranked.Add(u);
                continue;
            }
            var missing = indicators.Where((_, i) => double.IsNaN(dense[u * m + i])).Select(i => i.Id).ToArray();
            var percent = 100 * present / total;
            notRanked.Add(new NotRankedUnit(units[u], missing, percent,
                $"Brak danych dla wskaźników: {string.Join(", ", missing)}; obecne wskaźniki niosą "
                + $"{Scores.ForDisplay(percent).ToString("0.##", CultureInfo.InvariantCulture)} % wagi, wymagane co najmniej "
                + $"{Coverage.MinimumPercent.ToString(CultureInfo.InvariantCulture)} %."));
        }

        var rows = Ranking.Order(ranked, u => scores[u], u => units[u])
            .Select(r => new CompositeRow(units[r.Item], r.Rank, scores[r.Item], Label(r.Rank), Row(dense, r.Item, m)))
            .ToArray();
        var (min, max) = Extremes(values, m);
        return new CompositeResult(normalisation, rows,
            notRanked.OrderBy(n => n.Unit, StringComparer.Ordinal).ToArray(), min, max);
    }

    /// <summary>The ranking label: <c>Lider</c> for ranks 1–3, <c>Laureat</c> for 4–10, else null.</summary>
    public static string? Label(int rank) => rank switch
    {
        >= 1 and <= 3 => Lider,
        >= 4 and <= 10 => Laureat,
        _ => null,
    };

    /// <summary>
    /// Normalised values [unit][indicator] within the reference set (all rows given); null where missing.
    /// Destimulants are reversed (min-max) or negated (z-score) so that higher is always better.
    /// </summary>
    public static double?[][] Normalise(
        IReadOnlyList<IReadOnlyList<double?>> values, IReadOnlyList<CompositeIndicator> indicators, Normalisation normalisation)
    {
        var m = indicators.Count;
        var dense = NormaliseDense(values, indicators, normalisation);
        var result = new double?[values.Count][];
        for (var u = 0; u < result.Length; u++) result[u] = Row(dense, u, m);
        return result;
    }

    /// <summary>
    /// The normalised matrix flattened row by row ([u·m + i]), NaN where a value is missing: the form the
    /// Monte Carlo replicas loop over without nullable or interface overhead.
    /// </summary>
    internal static double[] NormaliseDense(
        IReadOnlyList<IReadOnlyList<double?>> values, IReadOnlyList<CompositeIndicator> indicators, Normalisation normalisation)
    {
        var m = indicators.Count;
        var result = new double[values.Count * m];
        Array.Fill(result, double.NaN);
        for (var i = 0; i < m; i++)
        {
            double min = double.PositiveInfinity, max = double.NegativeInfinity, sum = 0;
            var n = 0;
            foreach (var row in values)
                if (row[i] is { } x) { min = Math.Min(min, x); max = Math.Max(max, x); sum += x; n++; }
            if (n == 0) continue;
            var higher = indicators[i].HigherIsBetter;
            var mean = sum / n;
            var sd = 0.0;
            if (normalisation == Normalisation.ZScore && max != min)
            {
                var squares = 0.0;
                foreach (var row in values)
                    if (row[i] is { } x) squares += (x - mean) * (x - mean);
                sd = Math.Sqrt(squares / n);
            }
            for (var u = 0; u < values.Count; u++)
            {
                if (values[u][i] is not { } x) continue;
                result[u * m + i] = normalisation switch
                {
                    Normalisation.MinMax when max == min => 1,
                    Normalisation.MinMax => higher ? (x - min) / (max - min) : (max - x) / (max - min),
                    // sd = 0 exactly when max = min: every unit sits at the mean.
                    _ when sd == 0 => 0,
                    _ => higher ? (x - mean) / sd : (mean - x) / sd,
                };
            }
        }
        return result;
    }

    /// <summary>Σ wᵢnᵢ / Σ wᵢ over the present (non-NaN) entries; no coverage check, no scaling.</summary>
    internal static double WeightedMean(ReadOnlySpan<double> normalised, ReadOnlySpan<double> weights)
    {
        double sum = 0, weight = 0;
        for (var i = 0; i < weights.Length; i++)
            if (!double.IsNaN(normalised[i])) { sum += weights[i] * normalised[i]; weight += weights[i]; }
        return sum / weight;
    }

    internal static double PresentWeight(ReadOnlySpan<double> normalised, ReadOnlySpan<double> weights)
    {
        var present = 0.0;
        for (var i = 0; i < weights.Length; i++)
            if (!double.IsNaN(normalised[i])) present += weights[i];
        return present;
    }

    private static double?[] Row(double[] dense, int unit, int m)
    {
        var row = new double?[m];
        for (var i = 0; i < m; i++)
            if (!double.IsNaN(dense[unit * m + i])) row[i] = dense[unit * m + i];
        return row;
    }

    internal static void Validate(
        IReadOnlyList<string> units, IReadOnlyList<IReadOnlyList<double?>> values, IReadOnlyList<CompositeIndicator> indicators)
    {
        if (values.Count != units.Count)
            throw new ArgumentException($"Liczba wierszy wartości ({values.Count}) różni się od liczby jednostek ({units.Count}).", nameof(values));
        if (indicators.Count == 0)
            throw new ArgumentException("Indeks wymaga co najmniej jednego wskaźnika.", nameof(indicators));
        foreach (var indicator in indicators)
            if (!(indicator.Weight > 0) || double.IsInfinity(indicator.Weight))
                throw new ArgumentException($"Waga wskaźnika '{indicator.Id}' musi być dodatnia, jest {indicator.Weight}.", nameof(indicators));
        if (units.Distinct(StringComparer.Ordinal).Count() != units.Count)
            throw new ArgumentException("Jednostki indeksu muszą być różne.", nameof(units));
        for (var u = 0; u < values.Count; u++)
        {
            if (values[u].Count != indicators.Count)
                throw new ArgumentException($"Jednostka '{units[u]}' ma {values[u].Count} wartości, a wskaźników jest {indicators.Count}.", nameof(values));
            for (var i = 0; i < indicators.Count; i++)
                if (values[u][i] is { } x && !double.IsFinite(x))
                    throw new ArgumentException($"Wartość wskaźnika '{indicators[i].Id}' jednostki '{units[u]}' nie jest liczbą skończoną.", nameof(values));
        }
    }

    private static (double?[] Min, double?[] Max) Extremes(IReadOnlyList<IReadOnlyList<double?>> values, int indicators)
    {
        var min = new double?[indicators];
        var max = new double?[indicators];
        foreach (var row in values)
            for (var i = 0; i < indicators; i++)
                if (row[i] is { } x)
                {
                    if (min[i] is not { } lo || x < lo) min[i] = x;
                    if (max[i] is not { } hi || x > hi) max[i] = x;
                }
        return (min, max);
    }
}
