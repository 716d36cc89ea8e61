namespace Samoocena.Questionnaires.Statistics;

/// <summary>Standard competition ranking (1, 2, 2, 4) of methodology §0.</summary>
public static class Ranking
{
    /// <summary>
    /// Ranks scores best first. Scores are rounded to 4 decimals before comparison.
    /// <paramref name="higherIsBetter"/> false ranks the lowest value first (a destimulant).
    /// Returns, for each input position, its rank.
    /// </summary>
    public static int[] Competition(ReadOnlySpan<double> scores, bool higherIsBetter = true)
    {
        var n = scores.Length;
        var rounded = new double[n];
        for (var i = 0; i < n; i++) rounded[i] = Scores.ForComparison(scores[i]);
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        Array.Sort(order, (a, b) => higherIsBetter ? rounded[b].CompareTo(rounded[a]) : rounded[a].CompareTo(rounded[b]));
        var ranks = new int[n];
        for (var i = 0; i < n; i++)
        {
            var pos = order[i];
            ranks[pos] = i > 0 && rounded[order[i - 1]] == rounded[pos] ? ranks[order[i - 1]] : i + 1;
        }
        return ranks;
    }

    /// <summary>
    /// Ranks items best first and lists them in rank order, equal ranks ordered by
    /// <paramref name="tieKey"/> ascending (TERYT, nominee id) with ordinal comparison.
    /// </summary>
    public static IReadOnlyList<(T Item, int Rank)> Order<T>(
        IReadOnlyList<T> items, Func<T, double> score, Func<T, string> tieKey, bool higherIsBetter = true)
    {
        var values = new double[items.Count];
        for (var i = 0; i < values.Length; i++) values[i] = score(items[i]);
        var ranks = Competition(values, higherIsBetter);
        var idx = Enumerable.Range(0, items.Count).ToArray();
        Array.Sort(idx, (a, b) =>
        {
            var c = ranks[a].CompareTo(ranks[b]);
            return c != 0 ? c : string.CompareOrdinal(tieKey(items[a]), tieKey(items[b]));
        });
        return idx.Select(i => (items[i], ranks[i])).ToArray();
    }
}
