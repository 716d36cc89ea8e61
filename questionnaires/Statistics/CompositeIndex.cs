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
    /// <remarks>
    /// The values are read through the interfaces once, into a dense matrix (NaN where missing), and everything
    /// after works on arrays: one keyed sort of the rounded scores gives both the competition ranks and the
    /// listing order (equal scores sorted by unit id within their run).
    /// </remarks>
    public static CompositeResult Compute(
        IReadOnlyList<string> units,
        IReadOnlyList<IReadOnlyList<double?>> values,
        IReadOnlyList<CompositeIndicator> indicators,
        Normalisation normalisation = Normalisation.MinMax)
    {
        ValidateShape(units, values, indicators);
        var m = indicators.Count;
        var count = units.Count;
        var dense = Raw(units, values, indicators, validate: true, out var poisoned);
        // The reference extremes come from the raw values, before they are normalised in place.
        var (min, max) = Extremes(dense, count, m);
        NormaliseInPlace(dense, indicators, normalisation, poisoned);
        var weights = new double[m];
        for (var i = 0; i < m; i++) weights[i] = indicators[i].Weight;
        var total = weights.Sum();
        var scale = normalisation == Normalisation.MinMax ? 100.0 : 1.0;

        var scores = new double[count];
        // Ranked units and their sort keys: the shown score negated, so ascending is best first.
        var ranked = new int[count];
        var keys = new double[count];
        var rankedCount = 0;
        List<NotRankedUnit>? notRanked = null;
        for (var u = 0; u < count; u++)
        {
            var row = dense.AsSpan(u * m, m);
            var present = PresentWeight(row, weights);
            if (Coverage.IsMet(present, total))
            {
                var score = scale * WeightedMean(row, weights);
                scores[u] = score;
                keys[rankedCount] = -Scores.AsShown(score);
                ranked[rankedCount++] = u;
                continue;
            }
            var missing = indicators.Where((_, i) => double.IsNaN(dense[u * m + i])).Select(i => i.Id).ToArray();
            var percent = 100 * present / total;
            (notRanked ??= []).Add(new NotRankedUnit(units[u], missing, percent,
                $"Brak danych dla wskaźników: {string.Join(", ", missing)}; obecne wskaźniki niosą "
                + $"{Scores.AsShown(percent).ToString("0.##", CultureInfo.InvariantCulture)} % wagi, wymagane co najmniej "
                + $"{Coverage.MinimumPercent.ToString(CultureInfo.InvariantCulture)} %."));
        }

        var rows = RankedRows(units, dense, m, scores, ranked.AsSpan(0, rankedCount), keys.AsSpan(0, rankedCount));
        return new CompositeResult(normalisation, rows,
            notRanked is null ? [] : notRanked.OrderBy(n => n.Unit, StringComparer.Ordinal).ToArray(), min, max);
    }

    /// <summary>
    /// The ranked rows in rank order: sorts <paramref name="ranked"/> by <paramref name="keys"/> (ascending = best
    /// first), orders each run of equal keys by unit id (ordinal), then assigns standard competition ranks —
    /// the ranks of <see cref="Ranking.Competition(ReadOnlySpan{double}, bool)"/> and the order of <see cref="Ranking.Order"/>.
    /// </summary>
    private static CompositeRow[] RankedRows(
        IReadOnlyList<string> units, double[] dense, int m, double[] scores, Span<int> ranked, Span<double> keys)
    {
        keys.Sort(ranked);
        var n = ranked.Length;
        UnitIdOrder? byId = null;
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && keys[end] == keys[start]) end++;
            if (end - start > 1) ranked[start..end].Sort(byId ??= new UnitIdOrder(units));
            start = end;
        }
        var rows = new CompositeRow[n];
        var rank = 0;
        for (var k = 0; k < n; k++)
        {
            if (k == 0 || keys[k - 1] != keys[k]) rank = k + 1;
            var u = ranked[k];
            rows[k] = new CompositeRow(units[u], rank, scores[u], Label(rank), Row(dense, u, m));
        }
        return rows;
    }

    /// <summary>Unit positions by unit id, ordinal: the tie order of a ranking.</summary>
    private sealed class UnitIdOrder(IReadOnlyList<string> units) : IComparer<int>
    {
        public int Compare(int a, int b) => string.CompareOrdinal(units[a], units[b]);
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
        var matrix = Raw(null, values, indicators, validate: false, out var poisoned);
        NormaliseInPlace(matrix, indicators, normalisation, poisoned);
        return matrix;
    }

    /// <summary>
    /// Normalises the raw matrix of <see cref="Raw"/> in place, indicator by indicator (a column's min, max, sum
    /// and squares are taken before any of its entries is overwritten). They are accumulated in unit order, as
    /// the formulas of methodology §4 are written, so the results do not depend on the layout.
    /// </summary>
    private static void NormaliseInPlace(
        double[] matrix, IReadOnlyList<CompositeIndicator> indicators, Normalisation normalisation, bool[]? poisoned)
    {
        var m = indicators.Count;
        for (var i = 0; i < m; i++)
        {
            // A NaN among the given values makes every normalised value of the indicator NaN (its min, max and
            // mean are NaN): the whole column becomes missing. Validated inputs never have one.
            if (poisoned is not null && poisoned[i])
            {
                for (var k = i; k < matrix.Length; k += m) matrix[k] = double.NaN;
                continue;
            }
            double min = double.PositiveInfinity, max = double.NegativeInfinity, sum = 0;
            var n = 0;
            for (var k = i; k < matrix.Length; k += m)
            {
                var x = matrix[k];
                if (double.IsNaN(x)) continue;
                min = Math.Min(min, x); max = Math.Max(max, x); sum += x; n++;
            }
            if (n == 0) continue;
            var higher = indicators[i].HigherIsBetter;
            var mean = sum / n;
            var sd = 0.0;
            if (normalisation == Normalisation.ZScore && max != min)
            {
                var squares = 0.0;
                for (var k = i; k < matrix.Length; k += m)
                {
                    var x = matrix[k];
                    if (!double.IsNaN(x)) squares += (x - mean) * (x - mean);
                }
                sd = Math.Sqrt(squares / n);
            }
            for (var k = i; k < matrix.Length; k += m)
            {
                var x = matrix[k];
                if (double.IsNaN(x)) continue;
                matrix[k] = normalisation switch
                {
                    Normalisation.MinMax when max == min => 1,
                    Normalisation.MinMax => higher ? (x - min) / (max - min) : (max - x) / (max - min),
                    // sd = 0 exactly when max = min: every unit sits at the mean.
                    _ when sd == 0 => 0,
                    _ => higher ? (x - mean) / sd : (mean - x) / sd,
                };
            }
        }
    }

    /// <summary>
    /// The values as a dense matrix [u·m + i], NaN where missing, read through the interfaces once. With
    /// <paramref name="validate"/> it checks each row as <see cref="Validate"/> does (row length, finite values),
    /// in the same order; <paramref name="poisoned"/> marks indicators with a NaN value given (null if none).
    /// </summary>
    private static double[] Raw(
        IReadOnlyList<string>? units, IReadOnlyList<IReadOnlyList<double?>> values, IReadOnlyList<CompositeIndicator> indicators,
        bool validate, out bool[]? poisoned)
    {
        var m = indicators.Count;
        poisoned = null;
        var raw = new double[values.Count * m];
        for (var u = 0; u < values.Count; u++)
        {
            var row = values[u];
            if (validate && row.Count != m) throw RowLength(units!, u, row.Count, m);
            for (var i = 0; i < m; i++)
            {
                if (row[i] is { } x)
                {
                    if (!double.IsFinite(x))
                    {
                        if (validate) throw NotFinite(units!, u, indicators[i].Id);
                        if (double.IsNaN(x)) (poisoned ??= new bool[m])[i] = true;
                    }
                    raw[u * m + i] = x;
                }
                else raw[u * m + i] = double.NaN;
            }
        }
        return raw;
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
        ValidateShape(units, values, indicators);
        for (var u = 0; u < values.Count; u++)
        {
            var row = values[u];
            if (row.Count != indicators.Count) throw RowLength(units, u, row.Count, indicators.Count);
            for (var i = 0; i < indicators.Count; i++)
                if (row[i] is { } x && !double.IsFinite(x)) throw NotFinite(units, u, indicators[i].Id);
        }
    }

    /// <summary>The checks of <see cref="Validate"/> that precede the per-row ones.</summary>
    private static void ValidateShape(
        IReadOnlyList<string> units, IReadOnlyList<IReadOnlyList<double?>> values, IReadOnlyList<CompositeIndicator> indicators)
    {
        if (values.Count != units.Count)
            throw new ArgumentException($"Liczba wierszy wartości ({values.Count}) różni się od liczby jednostek ({units.Count}).", nameof(values));
        if (indicators.Count == 0)
            throw new ArgumentException("Indeks wymaga co najmniej jednego wskaźnika.", nameof(indicators));
        foreach (var indicator in indicators)
            if (!(indicator.Weight > 0) || double.IsInfinity(indicator.Weight))
                throw new ArgumentException($"Waga wskaźnika '{indicator.Id}' musi być dodatnia, jest {indicator.Weight}.", nameof(indicators));
        var distinct = new HashSet<string>(units.Count, StringComparer.Ordinal);
        foreach (var unit in units)
            if (!distinct.Add(unit))
                throw new ArgumentException("Jednostki indeksu muszą być różne.", nameof(units));
    }

    private static ArgumentException RowLength(IReadOnlyList<string> units, int u, int count, int indicators) =>
        new($"Jednostka '{units[u]}' ma {count} wartości, a wskaźników jest {indicators}.", "values");

    private static ArgumentException NotFinite(IReadOnlyList<string> units, int u, string indicator) =>
        new($"Wartość wskaźnika '{indicator}' jednostki '{units[u]}' nie jest liczbą skończoną.", "values");

    private static (double?[] Min, double?[] Max) Extremes(double[] raw, int count, int m)
    {
        var min = new double?[m];
        var max = new double?[m];
        for (var i = 0; i < m; i++)
        {
            double lo = 0, hi = 0;
            var any = false;
            for (var k = i; k < count * m; k += m)
            {
                var x = raw[k];
                if (double.IsNaN(x)) continue;
                if (!any || x < lo) lo = x;
                if (!any || x > hi) hi = x;
                any = true;
            }
            if (any) { min[i] = lo; max[i] = hi; }
        }
        return (min, max);
    }
}
