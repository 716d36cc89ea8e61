namespace Samoocena.Questionnaires.Statistics;

/// <summary>
/// The Monte Carlo robustness of a composite ranking: rank intervals per unit and the pairs whose order
/// never changes, kept as one bit set per unit (n²/8 bytes: 280 kB for 1,500 units).
/// </summary>
public sealed class RobustnessResult
{
    private readonly Dictionary<string, int> _index;
    private readonly ulong[][] _alwaysBeats;

    internal RobustnessResult(int replicas, ulong seed, IReadOnlyList<UnitRobustness> units, ulong[][] alwaysBeats)
    {
        Replicas = replicas;
        Seed = seed;
        Units = units;
        _alwaysBeats = alwaysBeats;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++) _index[units[i].Unit] = i;
    }

    public int Replicas { get; }

    public ulong Seed { get; }

    /// <summary>The units ranked with the published weights, in the order they were given.</summary>
    public IReadOnlyList<UnitRobustness> Units { get; }

    public UnitRobustness this[string unit] => Units[Position(unit)];

    /// <summary>True when <paramref name="better"/> ranks strictly above <paramref name="worse"/> in every replica.</summary>
    public bool AlwaysBeats(string better, string worse)
    {
        var j = Position(worse);
        return (_alwaysBeats[Position(better)][j >> 6] & (1UL << (j & 63))) != 0;
    }

    /// <summary>The units <paramref name="unit"/> ranks strictly above in every replica, by id ascending.</summary>
    public IReadOnlyList<string> AlwaysBeaten(string unit)
    {
        var bits = _alwaysBeats[Position(unit)];
        var result = new List<string>();
        for (var j = 0; j < Units.Count; j++)
            if ((bits[j >> 6] & (1UL << (j & 63))) != 0) result.Add(Units[j].Unit);
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    private int Position(string unit) => _index.TryGetValue(unit, out var i) ? i
        : throw new ArgumentException($"Jednostka '{unit}' nie jest klasyfikowana w tym rankingu.", nameof(unit));
}
