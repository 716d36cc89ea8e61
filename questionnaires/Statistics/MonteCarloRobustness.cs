namespace Samoocena.Questionnaires.Statistics;

/// <summary>
/// Robustness of a composite ranking (methodology §4): N replicas, each multiplying every weight by an
/// independent U(0.75, 1.25) factor and choosing min-max or z-score normalisation with probability ½.
/// </summary>
/// <remarks>
/// Reproducible from the seed: the generator is xoshiro256** seeded by SplitMix64, and each replica draws,
/// in this order, one number u = (draw >> 11)·2⁻⁵³ that picks z-scores when u ≥ 1 − p (p = ½ by default, so the
/// draw's top bit: 0 min-max, 1 z-score), then one per indicator in the indicators' order,
/// factor = min + (max − min)·u (0.75 + 0.5·u by default). The range and p come from the ranking's definition.
/// The units are those ranked with the published weights (coverage rule decided once, so every replica
/// ranks the same set); normalisation references are the whole reference set as in
/// <see cref="CompositeIndex.Compute"/>. A z-score replica ranks by the weighted mean z of the present
/// indicators (no mapping to 0–100 is needed: only ranks are kept). Replica ranks compare the scores unrounded,
/// equal scores by TERYT ascending (methodology v1.1 §0: the rounding rule does not cover them; <see cref="Ranking.Unrounded"/>),
/// so every unit has its own rank in a replica; per unit the median and the 5th and 95th percentiles of its replica
/// ranks are type-7 quantiles (<see cref="Quantiles"/>), the percentiles rounded half away from zero to whole ranks.
/// "Always beats" means a better rank in every replica.
/// </remarks>
public static class MonteCarloRobustness
{
    public const int DefaultReplicas = 1000;
    public const ulong DefaultSeed = 20_240_001;
    public const double MinFactor = 0.75;
    public const double MaxFactor = 1.25;

    public static RobustnessResult Run(
        IReadOnlyList<string> units,
        IReadOnlyList<IReadOnlyList<double?>> values,
        IReadOnlyList<CompositeIndicator> indicators,
        int replicas = DefaultReplicas,
        ulong seed = DefaultSeed,
        double minFactor = MinFactor,
        double maxFactor = MaxFactor,
        double zScoreProbability = 0.5)
    {
        CompositeIndex.Validate(units, values, indicators);
        if (replicas < 1) throw new ArgumentOutOfRangeException(nameof(replicas), replicas, "Liczba replik musi być dodatnia.");
        var m = indicators.Count;
        var baseWeights = indicators.Select(i => i.Weight).ToArray();
        var total = baseWeights.Sum();
        var minMaxAll = CompositeIndex.NormaliseDense(values, indicators, Normalisation.MinMax);
        var zScoreAll = CompositeIndex.NormaliseDense(values, indicators, Normalisation.ZScore);

        var ranked = Enumerable.Range(0, units.Count)
            .Where(u => Coverage.IsMet(CompositeIndex.PresentWeight(minMaxAll.AsSpan(u * m, m), baseWeights), total))
            .ToArray();
        var n = ranked.Length;
        // Each ranked unit's place in TERYT (ordinal) order: the tie order of the replica ranks.
        var byTeryt = Enumerable.Range(0, n).ToArray();
        Array.Sort(byTeryt, (a, b) => string.CompareOrdinal(units[ranked[a]], units[ranked[b]]));
        var tieOrder = new int[n];
        for (var i = 0; i < n; i++) tieOrder[byTeryt[i]] = i;
        var minMax = Rows(minMaxAll, ranked, m);
        var zScore = Rows(zScoreAll, ranked, m);

        var random = new Xoshiro256(seed);
        var weights = new double[m];
        var scores = new double[n];
        var replicaRanks = new int[n];
        var keys = new double[n];
        var order = new int[n];
        var ranks = new int[n * replicas];                 // unit-major: a unit's replica ranks are contiguous
        var words = (n + 63) >> 6;
        var alwaysBeats = new ulong[n][];
        for (var i = 0; i < n; i++)
        {
            alwaysBeats[i] = new ulong[words];
            Array.Fill(alwaysBeats[i], ulong.MaxValue);
        }
        var worse = new ulong[words];

        for (var r = 0; r < replicas; r++)
        {
            // u ≥ 1 − p picks z-scores: for p = ½ exactly the draw's top bit, as documented above.
            var matrix = random.NextDouble() >= 1 - zScoreProbability ? zScore : minMax;
            for (var i = 0; i < m; i++) weights[i] = baseWeights[i] * (minFactor + (maxFactor - minFactor) * random.NextDouble());
            for (var u = 0; u < n; u++) scores[u] = CompositeIndex.WeightedMean(matrix.AsSpan(u * m, m), weights);
            Ranking.Unrounded(scores, tieOrder, replicaRanks, keys, order);
            for (var u = 0; u < n; u++) ranks[u * replicas + r] = replicaRanks[u];

            // order lists the units best first; walking it from the worst rank up, every unit of a rank group
            // keeps in its "always beats" set only the units strictly below the group in this replica.
            Array.Clear(worse);
            var end = n;
            while (end > 0)
            {
                var rank = replicaRanks[order[end - 1]];
                var first = end;
                while (first > 0 && replicaRanks[order[first - 1]] == rank) first--;
                for (var p = first; p < end; p++)
                {
                    var beats = alwaysBeats[order[p]];
                    for (var w = 0; w < words; w++) beats[w] &= worse[w];
                }
                for (var p = first; p < end; p++) worse[order[p] >> 6] |= 1UL << (order[p] & 63);
                end = first;
            }
        }

        var result = new UnitRobustness[n];
        var sorted = new double[replicas];
        var counts = new int[n + 1];
        for (var u = 0; u < n; u++)
        {
            // Ranks are whole numbers 1..n: a counting sort is cheaper than 1,000-element sorts per unit.
            Array.Clear(counts);
            for (var r = 0; r < replicas; r++) counts[ranks[u * replicas + r]]++;
            for (int rank = 1, k = 0; rank <= n; rank++)
                for (var c = 0; c < counts[rank]; c++) sorted[k++] = rank;
            var count = 0;
            foreach (var word in alwaysBeats[u]) count += System.Numerics.BitOperations.PopCount(word);
            result[u] = new UnitRobustness(units[ranked[u]],
                Quantiles.OfSorted(sorted, 0.5),
                (int)Math.Round(Quantiles.OfSorted(sorted, 0.05), MidpointRounding.AwayFromZero),
                (int)Math.Round(Quantiles.OfSorted(sorted, 0.95), MidpointRounding.AwayFromZero),
                count);
        }
        return new RobustnessResult(replicas, seed, result, alwaysBeats);
    }

    private static double[] Rows(double[] dense, int[] units, int m)
    {
        var rows = new double[units.Length * m];
        for (var u = 0; u < units.Length; u++) dense.AsSpan(units[u] * m, m).CopyTo(rows.AsSpan(u * m, m));
        return rows;
    }
}
