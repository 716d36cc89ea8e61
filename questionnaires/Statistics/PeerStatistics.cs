namespace Samoocena.Questionnaires.Statistics;

/// <summary>
/// Peer statistics of methodology §2: distribution of the group, the unit's rank, percentile, band,
/// z-score, outlier flag and direction of travel.
/// </summary>
/// <remarks>
/// Rank and percentile compare values rounded to 4 decimals (<see cref="Scores.ForComparison"/>):
/// rank = 1 + peers strictly better, which is the standard competition rank of <see cref="Ranking.Competition"/>;
/// percentile = 100 × peers strictly worse / (n − 1); the band thresholds (≥ 75 top, < 25 bottom) are
/// compared exactly on those counts. With n = 1 the percentile is null and the band is
/// <c>middle</c>: a unit alone in its group is neither at the top nor at the bottom of it.
/// z uses the population sd (÷ n) and is null when every peer has the same value (sd = 0, decided on
/// min = max so that rounding noise in the mean cannot produce a huge z). Outlier: |z| rounded to 4
/// decimals ≥ 3. Trend compares the 4-decimal-rounded value with the previous year's by polarity.
/// </remarks>
public static class PeerStatistics
{
    public const double OutlierZ = 3;

    /// <summary>
    /// Statistics of one unit. <paramref name="groupValues"/> are the values of the peers that have one,
    /// the unit's own value included; <paramref name="value"/> null means the unit has no value (band <c>none</c>).
    /// </summary>
    public static PeerStats Compute(
        ReadOnlySpan<double> groupValues, double? value, bool higherIsBetter,
        double? previous = null, string group = "", bool widened = false)
    {
        var sorted = groupValues.ToArray();
        Array.Sort(sorted);
        return Describe(new Distribution(sorted), value, previous, higherIsBetter, group, widened);
    }

    /// <summary>
    /// Statistics of every unit at once: <paramref name="groupOfUnit"/>[i] is unit i's group and
    /// <paramref name="values"/>[i] its value (<paramref name="previous"/>[i] the previous year's).
    /// Each distinct group instance is sorted once, so a partition (default, category, …) costs one sort
    /// per group; rank and percentile then come from binary searches.
    /// </summary>
    public static PeerStats[] ComputeAll(
        IReadOnlyList<PeerGroup> groupOfUnit, IReadOnlyList<double?> values,
        bool higherIsBetter, IReadOnlyList<double?>? previous = null)
    {
        if (groupOfUnit.Count != values.Count)
            throw new ArgumentException($"Liczba grup ({groupOfUnit.Count}) różni się od liczby wartości ({values.Count}).", nameof(groupOfUnit));
        if (previous is not null && previous.Count != values.Count)
            throw new ArgumentException($"Liczba wartości z poprzedniego roku ({previous.Count}) różni się od liczby wartości ({values.Count}).", nameof(previous));
        var distributions = new Dictionary<PeerGroup, Distribution>(ReferenceEqualityComparer.Instance);
        var result = new PeerStats[values.Count];
        PeerGroup? lastGroup = null;
        Distribution? distribution = null;
        for (var i = 0; i < result.Length; i++)
        {
            var group = groupOfUnit[i];
            // Units of one group usually come in runs (a partition in TERYT order): skip the lookup then.
            if (!ReferenceEquals(group, lastGroup) && !distributions.TryGetValue(group, out distribution))
            {
                distribution = new Distribution(SortedValues(group.Members, values));
                distributions.Add(group, distribution);
            }
            lastGroup = group;
            result[i] = Describe(distribution!, values[i], previous?[i], higherIsBetter, group.Id, group.Widened);
        }
        return result;
    }

    /// <summary>The direction of travel by polarity, or null without both values.</summary>
    public static string? Trend(double? value, double? previous, bool higherIsBetter)
    {
        if (value is not { } now || previous is not { } before) return null;
        var change = Scores.ForComparison(now).CompareTo(Scores.ForComparison(before));
        if (change == 0) return PeerStats.TrendUnchanged;
        return change > 0 == higherIsBetter ? PeerStats.TrendImproving : PeerStats.TrendWorsening;
    }

    private static double[] SortedValues(IReadOnlyList<int> members, IReadOnlyList<double?> values)
    {
        var buffer = new List<double>(members.Count);
        foreach (var m in members)
            if (values[m] is { } v) buffer.Add(v);
        var sorted = buffer.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static PeerStats Describe(
        Distribution d, double? value, double? previous, bool higherIsBetter, string group, bool widened)
    {
        var trend = Trend(value, previous, higherIsBetter);
        if (value is not { } x)
            return new PeerStats(group, d.N, widened, null, d.Min, d.Q1, d.Median, d.Q3, d.Max, d.Mean,
                null, null, PeerStats.BandNone, null, false, trend);

        var rounded = Scores.ForComparison(x);
        var below = LowerBound(d.Rounded, rounded);
        var above = d.N - UpperBound(d.Rounded, rounded);
        var (better, worse) = higherIsBetter ? (above, below) : (below, above);
        double? percentile = d.N > 1 ? 100.0 * worse / (d.N - 1) : null;
        // The thresholds are compared exactly on the counts: 100·w/(n−1) ≥ 75 ⇔ 4w ≥ 3(n−1); < 25 ⇔ 4w < n−1.
        var band = d.N <= 1 ? PeerStats.BandMiddle
            : 4L * worse >= 3L * (d.N - 1) ? PeerStats.BandTop
            : 4L * worse < d.N - 1 ? PeerStats.BandBottom
            : PeerStats.BandMiddle;
        double? z = d.Sd is { } sd ? (x - d.Mean!.Value) / sd : null;
        var outlier = z is { } zz && Scores.ForComparison(Math.Abs(zz)) >= OutlierZ;
        return new PeerStats(group, d.N, widened, x, d.Min, d.Q1, d.Median, d.Q3, d.Max, d.Mean,
            better + 1, percentile, band, z, outlier, trend);
    }

    /// <summary>Number of elements of the ascending span below <paramref name="x"/>.</summary>
    private static int LowerBound(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (sorted[mid] < x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Number of elements of the ascending span at or below <paramref name="x"/>.</summary>
    private static int UpperBound(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (sorted[mid] <= x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The group's distribution, computed once from its sorted values.</summary>
    private sealed class Distribution
    {
        public Distribution(double[] sorted)
        {
            N = sorted.Length;
            Rounded = new double[N];
            // Rounding is monotone, so the rounded copy stays sorted for the binary searches.
            for (var i = 0; i < N; i++) Rounded[i] = Scores.ForComparison(sorted[i]);
            if (N == 0) return;
            Min = sorted[0];
            Max = sorted[^1];
            Q1 = Quantiles.OfSorted(sorted, 0.25);
            Median = Quantiles.OfSorted(sorted, 0.5);
            Q3 = Quantiles.OfSorted(sorted, 0.75);
            var sum = 0.0;
            foreach (var v in sorted) sum += v;
            var mean = sum / N;
            Mean = mean;
            if (sorted[0] == sorted[^1]) return;
            var squares = 0.0;
            foreach (var v in sorted) squares += (v - mean) * (v - mean);
            Sd = Math.Sqrt(squares / N);
        }

        public int N { get; }
        public double[] Rounded { get; }
        public double? Min { get; }
        public double? Q1 { get; }
        public double? Median { get; }
        public double? Q3 { get; }
        public double? Max { get; }
        public double? Mean { get; }
        public double? Sd { get; }
    }
}
