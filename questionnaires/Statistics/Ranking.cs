namespace Samoocena.Questionnaires.Statistics;

/// <summary>Standard competition ranking (1, 2, 2, 4) of methodology §0.</summary>
public static class Ranking
{
    /// <summary>
    /// Ranks scores best first, compared as shown (<see cref="Scores.AsShown(double)"/>): two scores shown alike share a rank.
    /// <paramref name="higherIsBetter"/> false ranks the lowest value first (a destimulant).
    /// Returns, for each input position, its rank.
    /// </summary>
    public static int[] Competition(ReadOnlySpan<double> scores, bool higherIsBetter = true)
    {
        var ranks = new int[scores.Length];
        Competition(scores, ranks, new double[scores.Length], new int[scores.Length], higherIsBetter);
        return ranks;
    }

    /// <summary>
    /// The same ranking without allocations, for hot loops (Monte Carlo replicas): writes each input
    /// position's rank into <paramref name="ranks"/>; <paramref name="keys"/> and <paramref name="order"/>
    /// are scratch space of the same length, and on return <paramref name="order"/> lists the positions best
    /// first (equal ranks in no particular order). Sorting primitive keys (the shown score, negated when higher
    /// is better) avoids a comparison delegate; the order among equal keys does not matter, they share a rank.
    /// Scores must not be NaN.
    /// </summary>
    public static void Competition(
        ReadOnlySpan<double> scores, Span<int> ranks, Span<double> keys, Span<int> order, bool higherIsBetter = true)
    {
        var n = scores.Length;
        if (ranks.Length != n || keys.Length != n || order.Length != n)
            throw new ArgumentException("Bufory rang muszą mieć długość równą liczbie wyników.");
        for (var i = 0; i < n; i++)
        {
            var shown = Scores.AsShown(scores[i]);
            keys[i] = higherIsBetter ? -shown : shown;
            order[i] = i;
        }
        keys.Sort(order);
        for (var i = 0; i < n; i++)
            ranks[order[i]] = i > 0 && keys[i - 1] == keys[i] ? ranks[order[i - 1]] : i + 1;
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

    /// <summary>
    /// Ranks of one Monte Carlo replica (methodology §0: replica ranks are not covered by the rounding rule): scores
    /// compared unrounded, higher first, equal scores ordered by <paramref name="tieOrder"/> (each position's place in
    /// TERYT order), so every unit gets its own rank 1..n. <paramref name="keys"/> and <paramref name="order"/> are
    /// scratch space of the same length; on return <paramref name="order"/> lists the positions best first.
    /// Scores must not be NaN.
    /// </summary>
    public static void Unrounded(
        ReadOnlySpan<double> scores, int[] tieOrder, Span<int> ranks, Span<double> keys, Span<int> order)
    {
        var n = scores.Length;
        if (ranks.Length != n || keys.Length != n || order.Length != n || tieOrder.Length != n)
            throw new ArgumentException("Bufory rang muszą mieć długość równą liczbie wyników.");
        for (var i = 0; i < n; i++)
        {
            keys[i] = -scores[i];
            order[i] = i;
        }
        keys.Sort(order);
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && keys[end] == keys[start]) end++;
            // Exact ties are rare (identical inputs).
            if (end - start > 1) order[start..end].Sort((a, b) => tieOrder[a].CompareTo(tieOrder[b]));
            start = end;
        }
        for (var i = 0; i < n; i++) ranks[order[i]] = i + 1;
    }
}
