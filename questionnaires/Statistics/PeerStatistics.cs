namespace Samoocena.Questionnaires.Statistics;

/// <summary>
/// Peer statistics of methodology §2: distribution of the group, the unit's rank, percentile, band,
/// z-score, outlier flag and direction of travel.
/// </summary>
/// <remarks>
/// Methodology v1.1: every comparison is of values as shown (<see cref="Scores.AsShown(double)"/>, 2 decimals).
/// Rank = 1 + peers whose shown value is strictly better, the standard competition rank of <see cref="Ranking.Competition"/>;
/// percentile = 100 × peers strictly worse / (n − 1); the band compares the shown percentile (≥ 75 top, &lt; 25 bottom).
/// With n = 1 the percentile is null and the band is <c>none</c> (nothing to compare with), as it is when the unit
/// has no value. z uses the population sd (÷ n) and is null when the unit has no value or every peer has the same
/// value (sd = 0, decided on min = max so that rounding noise in the mean cannot produce a huge z). Outlier: shown
/// |z| ≥ 3, null when z is null. Trend compares the shown value with the previous year's shown value by polarity
/// (<c>unchanged</c> when they are shown alike).
/// </remarks>
public static class PeerStatistics
{
    public const double OutlierZ = 3;

    /// <summary>
    /// Statistics of one unit. <paramref name="groupValues"/> are the values of the peers that have one,
    /// the unit's own value included; <paramref name="value"/> null means the unit has no value (band <c>none</c>, z and outlier null).
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
    /// Each distinct group instance is handled once: its values are sorted once (carrying the members along),
    /// its distribution derived once, and every member whose own group it is gets its rank and "strictly
    /// worse" count from one walk over the runs of values shown alike. Units outside their own group's
    /// members (a caller's choice the contract allows) fall back to the binary searches of <see cref="Compute"/>.
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
        // Scratch shared by all groups: the group's values (sorted in place) and the member each came from.
        var keys = new double[16];
        var owners = new int[16];
        PeerGroup? lastGroup = null;
        Distribution? distribution = null;
        for (var i = 0; i < result.Length; i++)
        {
            var group = groupOfUnit[i];
            // Units of one group usually come in runs (a partition in TERYT order): skip the lookup then.
            if (!ReferenceEquals(group, lastGroup) && !distributions.TryGetValue(group, out distribution))
            {
                distribution = DescribeGroup(group, groupOfUnit, values, previous, higherIsBetter, ref keys, ref owners, result);
                distributions.Add(group, distribution);
            }
            lastGroup = group;
            // Filled by the group's walk unless the unit has no value or is not among its group's members.
            result[i] ??= Describe(distribution!, values[i], previous?[i], higherIsBetter, group.Id, group.Widened);
        }
        return result;
    }

    /// <summary>The direction of travel by polarity, or null without both values.</summary>
    public static string? Trend(double? value, double? previous, bool higherIsBetter)
    {
        if (value is not { } now || previous is not { } before) return null;
        var change = Scores.AsShown(now).CompareTo(Scores.AsShown(before));
        if (change == 0) return PeerStats.TrendUnchanged;
        return change > 0 == higherIsBetter ? PeerStats.TrendImproving : PeerStats.TrendWorsening;
    }

    /// <summary>
    /// Sorts the group's values once with their members, derives the distribution and writes the statistics
    /// of every member whose own group this is (and that has a value) into <paramref name="result"/>.
    /// </summary>
    private static Distribution DescribeGroup(
        PeerGroup group, IReadOnlyList<PeerGroup> groupOfUnit, IReadOnlyList<double?> values,
        IReadOnlyList<double?>? previous, bool higherIsBetter, ref double[] keys, ref int[] owners, PeerStats[] result)
    {
        var members = group.Members;
        if (keys.Length < members.Count)
        {
            keys = new double[Math.Max(members.Count, 2 * keys.Length)];
            owners = new int[keys.Length];
        }
        var n = 0;
        var hasNaN = false;
        for (var k = 0; k < members.Count; k++)
        {
            var member = members[k];
            if (values[member] is not { } v) continue;
            keys[n] = v;
            owners[n] = member;
            hasNaN |= double.IsNaN(v);
            n++;
        }
        Array.Sort(keys, owners, 0, n);
        var distribution = new Distribution(keys.AsSpan(0, n));
        // NaN breaks the equal-runs walk (NaN ≠ NaN); such a group keeps the per-unit binary searches.
        if (hasNaN) return distribution;
        var shown = distribution.Shown;
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && shown[end] == shown[start]) end++;
            // Every member of the run [start, end) has `start` peers below it and n − end above it.
            for (var k = start; k < end; k++)
            {
                var unit = owners[k];
                if (!ReferenceEquals(groupOfUnit[unit], group)) continue;
                result[unit] = Describe(distribution, keys[k], previous?[unit], higherIsBetter, group.Id, group.Widened,
                    below: start, above: n - end);
            }
            start = end;
        }
        return distribution;
    }

    private static PeerStats Describe(
        Distribution d, double? value, double? previous, bool higherIsBetter, string group, bool widened)
    {
        if (value is not { } x)
            return new PeerStats(group, d.N, widened, null, d.Min, d.Q1, d.Median, d.Q3, d.Max, d.Mean,
                null, null, PeerStats.BandNone, null, null, Trend(value, previous, higherIsBetter));

        var shown = Scores.AsShown(x);
        var below = LowerBound(d.Shown, shown);
        var above = d.N - UpperBound(d.Shown, shown);
        return Describe(d, x, previous, higherIsBetter, group, widened, below, above);
    }

    /// <summary>A unit with value <paramref name="x"/>, <paramref name="below"/> peers' shown values below its own and <paramref name="above"/> above.</summary>
    private static PeerStats Describe(
        Distribution d, double x, double? previous, bool higherIsBetter, string group, bool widened, int below, int above)
    {
        var trend = Trend(x, previous, higherIsBetter);
        var (better, worse) = higherIsBetter ? (above, below) : (below, above);
        double? percentile = d.N > 1 ? 100.0 * worse / (d.N - 1) : null;
        var band = Band(percentile);
        double? z = d.Sd is { } sd ? (x - d.Mean!.Value) / sd : null;
        bool? outlier = z is { } zz ? Scores.AsShown(Math.Abs(zz)) >= OutlierZ : null;
        return new PeerStats(group, d.N, widened, x, d.Min, d.Q1, d.Median, d.Q3, d.Max, d.Mean,
            better + 1, percentile, band, z, outlier, trend);
    }

    /// <summary>The band of a percentile as shown: <c>top</c> ≥ 75, <c>bottom</c> &lt; 25, <c>none</c> without a percentile (n = 1).</summary>
    public static string Band(double? percentile) => Scores.AsShown(percentile) switch
    {
        null => PeerStats.BandNone,
        >= 75 => PeerStats.BandTop,
        < 25 => PeerStats.BandBottom,
        _ => PeerStats.BandMiddle,
    };

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
        public Distribution(ReadOnlySpan<double> sorted)
        {
            N = sorted.Length;
            Shown = new double[N];
            // Rounding as shown is monotone, so the shown copy stays sorted for the binary searches.
            for (var i = 0; i < N; i++) Shown[i] = Scores.AsShown(sorted[i]);
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
        public double[] Shown { get; }
        public double? Min { get; }
        public double? Q1 { get; }
        public double? Median { get; }
        public double? Q3 { get; }
        public double? Max { get; }
        public double? Mean { get; }
        public double? Sd { get; }
    }
}
