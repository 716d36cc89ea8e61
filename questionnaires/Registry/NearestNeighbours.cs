using System.Collections.Concurrent;

namespace Samoocena.Questionnaires.Registry;

/// <summary>
/// The k nearest units by weighted Euclidean distance over z-scored context variables (methodology §2).
/// </summary>
/// <remarks>
/// z = (x − mean)/sd with the population sd over the units that have the variable; a unit without it
/// gets z = 0 (the mean), and a variable with sd = 0 contributes 0 for everyone. Distance =
/// √(Σ wᵢ(zᵢ − z'ᵢ)²). Distances are compared unrounded (methodology v1.1 §0: the rounding rule does not cover
/// them), exactly equal ones by TERYT ascending. The unit itself is never its own neighbour. The z matrix is computed once, in the constructor.
/// </remarks>
public sealed class NearestNeighbours
{
    public const int DefaultK = 15;

    private static readonly Lazy<NearestNeighbours> Registry =
        new(() => ForRegistry(MunicipalityRegistry.Load()));

    private readonly string[] _teryts;
    private readonly int[] _terytOrder;
    private readonly Dictionary<string, int> _index;
    private readonly double[] _weights;
    private readonly double[] _z;
    private readonly int _m;
    // Lists are pure functions of (unit, k): computed on first request, then shared (benign races).
    private readonly ConcurrentDictionary<int, int[]?[]> _lists = new();

    /// <param name="teryts">The units; <see cref="ContextVariable.Values"/> are indexed like this list.</param>
    public NearestNeighbours(IReadOnlyList<string> teryts, IReadOnlyList<ContextVariable> variables)
    {
        _teryts = [.. teryts];
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _teryts.Length; i++)
            if (!_index.TryAdd(_teryts[i], i))
                throw new ArgumentException($"Kod TERYT '{_teryts[i]}' występuje więcej niż raz.", nameof(teryts));
        var byTeryt = Enumerable.Range(0, _teryts.Length).ToArray();
        Array.Sort(byTeryt, (a, b) => string.CompareOrdinal(_teryts[a], _teryts[b]));
        _terytOrder = new int[_teryts.Length];
        for (var i = 0; i < byTeryt.Length; i++) _terytOrder[byTeryt[i]] = i;

        Variables = [.. variables];
        _m = Variables.Count;
        _weights = new double[_m];
        _z = new double[_teryts.Length * _m];
        for (var j = 0; j < _m; j++)
        {
            var variable = Variables[j];
            if (variable.Values.Count != _teryts.Length)
                throw new ArgumentException($"Zmienna '{variable.Id}' ma {variable.Values.Count} wartości, a jednostek jest {_teryts.Length}.", nameof(variables));
            if (!(variable.Weight >= 0) || double.IsInfinity(variable.Weight))
                throw new ArgumentException($"Waga zmiennej '{variable.Id}' musi być nieujemna, jest {variable.Weight}.", nameof(variables));
            _weights[j] = variable.Weight;
            Standardise(variable.Values, j);
        }
    }

    /// <summary>The neighbours over the shipped registry with the three standard variables (built once).</summary>
    public static NearestNeighbours ForShippedRegistry => Registry.Value;

    /// <summary>
    /// Neighbours over a registry: ln(population), ln(density), urbanisation %, then <paramref name="extra"/>
    /// context variables (indexed like <c>registry.All</c>).
    /// </summary>
    public static NearestNeighbours ForRegistry(MunicipalityRegistry registry, IReadOnlyList<ContextVariable>? extra = null) =>
        new(registry.All.Select(u => u.Teryt).ToArray(), [.. StandardVariables(registry), .. extra ?? []]);

    /// <summary>
    /// ln(population), ln(population density) and urbanisation %, each weight 1. The logarithm of a missing
    /// (or non-positive) value is missing: the two gminas created on 2025-01-01 have no 2024 data.
    /// </summary>
    public static IReadOnlyList<ContextVariable> StandardVariables(MunicipalityRegistry registry) =>
    [
        new("ln_population", registry.All.Select(u => Log(u.Population)).ToArray()),
        new("ln_density", registry.All.Select(u => Log(u.Density)).ToArray()),
        new("urbanisation_pct", registry.All.Select(u => u.UrbanisationPct).ToArray()),
    ];

    public IReadOnlyList<string> Units => _teryts;

    public IReadOnlyList<ContextVariable> Variables { get; }

    /// <summary>The z-score of a unit (position in <see cref="Units"/>) on a variable; 0 where it is missing.</summary>
    public double Z(int unit, int variable) => _z[unit * _m + variable];

    /// <summary>The weighted distance between two units (positions in <see cref="Units"/>).</summary>
    public double Distance(int a, int b) => Math.Sqrt(SquaredDistance(a, b));

    /// <summary>The <paramref name="k"/> nearest units of <paramref name="teryt"/>, nearest first.</summary>
    public IReadOnlyList<Neighbour> For(string teryt, int k = DefaultK)
    {
        if (!_index.TryGetValue(teryt, out var unit))
            throw new ArgumentException($"Nieznany kod TERYT '{teryt}'.", nameof(teryt));
        return ToNeighbours(unit, Cached(unit, k));
    }

    /// <summary>Positions (in <see cref="Units"/>) of the <paramref name="k"/> nearest units, nearest first.</summary>
    public IReadOnlyList<int> IndicesFor(int unit, int k = DefaultK)
    {
        if ((uint)unit >= (uint)_teryts.Length) throw new ArgumentOutOfRangeException(nameof(unit));
        return Array.AsReadOnly(Cached(unit, k));
    }

    /// <summary>The neighbour lists of every unit, indexed like <see cref="Units"/>.</summary>
    public IReadOnlyList<Neighbour>[] ForAll(int k = DefaultK)
    {
        var result = new IReadOnlyList<Neighbour>[_teryts.Length];
        for (var u = 0; u < result.Length; u++) result[u] = ToNeighbours(u, Cached(u, k));
        return result;
    }

    private int[] Cached(int unit, int k)
    {
        if (k < 0) throw new ArgumentOutOfRangeException(nameof(k), k, "Liczba sąsiadów nie może być ujemna.");
        var lists = _lists.GetOrAdd(k, _ => new int[]?[_teryts.Length]);
        return lists[unit] ??= Nearest(unit, k);
    }

    private Neighbour[] ToNeighbours(int unit, int[] nearest)
    {
        var list = new Neighbour[nearest.Length];
        for (var i = 0; i < nearest.Length; i++) list[i] = new Neighbour(_teryts[nearest[i]], Distance(unit, nearest[i]));
        return list;
    }

    /// <summary>
    /// Partial selection: keeps the best k seen so far in a sorted buffer, so a unit costs one pass over
    /// the others plus an insertion for the few that beat the current k-th.
    /// </summary>
    private int[] Nearest(int unit, int k)
    {
        if (k < 0) throw new ArgumentOutOfRangeException(nameof(k), k, "Liczba sąsiadów nie może być ujemna.");
        k = Math.Min(k, _teryts.Length - 1);
        var ids = new int[k];
        var keys = new double[k];
        var count = 0;
        if (k == 0) return ids;
        for (var other = 0; other < _teryts.Length; other++)
        {
            if (other == unit) continue;
            var key = Math.Sqrt(SquaredDistance(unit, other));
            if (count == k && !Precedes(key, other, keys[k - 1], ids[k - 1])) continue;
            var position = count == k ? k - 1 : count++;
            while (position > 0 && Precedes(key, other, keys[position - 1], ids[position - 1]))
            {
                keys[position] = keys[position - 1];
                ids[position] = ids[position - 1];
                position--;
            }
            keys[position] = key;
            ids[position] = other;
        }
        return ids;
    }

    private bool Precedes(double key, int unit, double otherKey, int other) =>
        key < otherKey || (key == otherKey && _terytOrder[unit] < _terytOrder[other]);

    private double SquaredDistance(int a, int b)
    {
        var sum = 0.0;
        int ra = a * _m, rb = b * _m;
        for (var j = 0; j < _m; j++)
        {
            var d = _z[ra + j] - _z[rb + j];
            sum += _weights[j] * d * d;
        }
        return sum;
    }

    private void Standardise(IReadOnlyList<double?> values, int column)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in values)
            if (v is { } x && double.IsFinite(x)) { sum += x; n++; }
        if (n == 0) return;
        var mean = sum / n;
        double squares = 0;
        foreach (var v in values)
            if (v is { } x && double.IsFinite(x)) squares += (x - mean) * (x - mean);
        var sd = Math.Sqrt(squares / n);
        if (sd == 0) return;
        for (var i = 0; i < values.Count; i++)
            if (values[i] is { } x && double.IsFinite(x)) _z[i * _m + column] = (x - mean) / sd;
    }

    private static double? Log(double? value) => value is > 0 and var v ? Math.Log(v) : null;
}
