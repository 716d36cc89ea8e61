namespace Samoocena.Questionnaires.Statistics;

/// <summary>
/// Robustness of a composite ranking (methodology §4): N replicas, each multiplying every weight by an
/// independent U(0.75, 1.25) factor and choosing min-max or z-score normalisation with probability ½.
/// </summary>
/// <remarks>
/// Reproducible from the seed: the generator is xoshiro256** seeded by SplitMix64, and each replica draws,
/// in this order, one 64-bit number whose top bit picks the normalisation (0 min-max, 1 z-score), then one
/// per indicator in the indicators' order, factor = 0.75 + 0.5·u with u = (draw >> 11)·2⁻⁵³.
/// The units are those ranked with the published weights (coverage rule decided once, so every replica
/// ranks the same set); normalisation references are the whole reference set as in
/// <see cref="CompositeIndex.Compute"/>. A z-score replica ranks by the weighted mean z of the present
/// indicators (no mapping to 0–100 is needed: only ranks are kept). Ranks are competition ranks of
/// <see cref="Ranking.Competition"/>; per unit the median and the 5th and 95th percentiles of its replica
/// ranks are type-7 quantiles (<see cref="Quantiles"/>), the percentiles rounded half away from zero.
/// "Always beats" means a strictly better rank in every replica (ties do not count).
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
        ulong seed = DefaultSeed)
    {
        CompositeIndex.Validate(units, values, indicators);
        if (replicas < 1) throw new ArgumentOutOfRangeException(nameof(replicas), replicas, "Liczba replik musi być dodatnia.");
        var m = indicators.Count;
        var baseWeights = indicators.Select(i => i.Weight).ToArray();
        var total = baseWeights.Sum();
        var minMaxAll = CompositeIndex.Normalise(values, indicators, Normalisation.MinMax);
        var zScoreAll = CompositeIndex.Normalise(values, indicators, Normalisation.ZScore);

        var ranked = Enumerable.Range(0, units.Count)
            .Where(u => Coverage.IsMet(CompositeIndex.PresentWeight(minMaxAll[u], baseWeights), total))
            .ToArray();
        var n = ranked.Length;
        var minMax = ranked.Select(u => minMaxAll[u]).ToArray();
        var zScore = ranked.Select(u => zScoreAll[u]).ToArray();

        var random = new Xoshiro256(seed);
        var weights = new double[m];
        var scores = new double[n];
        var ranks = new int[n * replicas];                 // unit-major: a unit's replica ranks are contiguous
        var words = (n + 63) >> 6;
        var alwaysBeats = new ulong[n][];
        for (var i = 0; i < n; i++)
        {
            alwaysBeats[i] = new ulong[words];
            Array.Fill(alwaysBeats[i], ulong.MaxValue);
        }
        var worse = new ulong[words];
        var byRank = new int[n];
        var start = new int[n + 2];

        for (var r = 0; r < replicas; r++)
        {
            var matrix = random.NextUInt64() >> 63 == 0 ? minMax : zScore;
            for (var i = 0; i < m; i++) weights[i] = baseWeights[i] * (MinFactor + (MaxFactor - MinFactor) * random.NextDouble());
            for (var u = 0; u < n; u++) scores[u] = CompositeIndex.WeightedMean(matrix[u], weights);
            var replicaRanks = Ranking.Competition(scores);
            for (var u = 0; u < n; u++) ranks[u * replicas + r] = replicaRanks[u];

            // Bucket the units by rank, then walk from the worst rank up: every unit of a rank group
            // keeps in its "always beats" set only the units strictly below the group in this replica.
            Array.Clear(start);
            foreach (var rank in replicaRanks) start[rank + 1]++;
            for (var k = 1; k <= n + 1; k++) start[k] += start[k - 1];
            for (var u = 0; u < n; u++) byRank[start[replicaRanks[u]]++] = u;
            // start[rank] now ends rank's bucket; buckets are contiguous in rank order.
            Array.Clear(worse);
            var end = n;
            while (end > 0)
            {
                var rank = replicaRanks[byRank[end - 1]];
                var first = end;
                while (first > 0 && replicaRanks[byRank[first - 1]] == rank) first--;
                for (var p = first; p < end; p++)
                {
                    var beats = alwaysBeats[byRank[p]];
                    for (var w = 0; w < words; w++) beats[w] &= worse[w];
                }
                for (var p = first; p < end; p++) worse[byRank[p] >> 6] |= 1UL << (byRank[p] & 63);
                end = first;
            }
        }

        var result = new UnitRobustness[n];
        var sorted = new double[replicas];
        for (var u = 0; u < n; u++)
        {
            for (var r = 0; r < replicas; r++) sorted[r] = ranks[u * replicas + r];
            Array.Sort(sorted);
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
}
