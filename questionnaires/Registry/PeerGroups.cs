using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Questionnaires.Registry;

/// <summary>
/// Selects a unit's peer group for a measure (methodology §2). Members are positions in
/// <c>MunicipalityRegistry.All</c>, ascending, restricted to the units that have a value of the measure.
/// </summary>
/// <remarks>
/// Group ids: <c>default:&lt;category&gt;-&lt;class&gt;</c> (e.g. <c>default:GW-P2</c>) or, when widened to the
/// whole category because fewer than 5 units of the cell have a value, <c>default:&lt;category&gt;</c> with
/// <c>widened: true</c>; <c>category:GW</c>; <c>voivodeship:14</c> (TERYT voivodeship code); <c>all</c>;
/// <c>neighbours:k15</c> (the unit and its k nearest by context, whether or not they have a value; n counts
/// those that do); <c>cohort:&lt;id&gt;</c> (the cohort's members plus the unit itself, so that the unit is always
/// among its peers; TERYT codes not in the registry are ignored).
/// </remarks>
public sealed class PeerGroups
{
    /// <summary>The default group is widened below this many values (the unit included).</summary>
    public const int MinimumDefaultSize = 5;

    private readonly MunicipalityRegistry _registry;
    private readonly Lazy<NearestNeighbours> _neighbours;
    private readonly Dictionary<string, int[]> _cells = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _categories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _voivodeships = new(StringComparer.Ordinal);
    private readonly int[] _all;
    private readonly Lazy<PeerGroup[]> _defaults;

    /// <param name="neighbours">Neighbours over the same registry (positions like <c>registry.All</c>);
    /// by default the three standard context variables, built on first use.</param>
    public PeerGroups(MunicipalityRegistry registry, NearestNeighbours? neighbours = null)
    {
        _registry = registry;
        if (neighbours is not null && neighbours.Units.Count != registry.All.Count)
            throw new ArgumentException("Sąsiedzi muszą być policzeni dla tego samego rejestru gmin.", nameof(neighbours));
        _neighbours = neighbours is not null
            ? new Lazy<NearestNeighbours>(neighbours)
            : new Lazy<NearestNeighbours>(() => NearestNeighbours.ForRegistry(registry));
        _all = Enumerable.Range(0, registry.All.Count).ToArray();
        _defaults = new Lazy<PeerGroup[]>(() => ForAll(PeerSelector.Default, _ => 0));
        foreach (var (key, members) in GroupBy(registry, CellKey)) _cells[key] = members;
        foreach (var (key, members) in GroupBy(registry, u => u.Category)) _categories[key] = members;
        foreach (var (key, members) in GroupBy(registry, u => u.VoivodeshipCode)) _voivodeships[key] = members;
    }

    /// <summary>The peer group of <paramref name="teryt"/> for a measure given per registry position.</summary>
    /// <param name="cohortMembers">The cohort's TERYT codes; required for <see cref="PeerGroupKind.Cohort"/>.</param>
    public PeerGroup For(string teryt, PeerSelector selector, IReadOnlyList<double?> values,
        IReadOnlyCollection<string>? cohortMembers = null)
    {
        CheckLength(values);
        return Select(Position(teryt), selector, values, cohortMembers is null ? null : CohortPositions(cohortMembers));
    }

    private int Position(string teryt) =>
        _registry.Index.TryGetValue(teryt, out var unit) ? unit : throw new ArgumentException($"Nieznany kod TERYT '{teryt}'.", nameof(teryt));

    /// <inheritdoc cref="For(string, PeerSelector, IReadOnlyList{double?}, IReadOnlyCollection{string}?)"/>
    public PeerGroup For(string teryt, PeerSelector selector, Func<int, double?> value,
        IReadOnlyCollection<string>? cohortMembers = null) =>
        For(teryt, selector, Materialise(value), cohortMembers);

    /// <summary>
    /// The peer group of every unit, indexed like <c>registry.All</c>. Units sharing a group share the
    /// instance, which <see cref="PeerStatistics.ComputeAll"/> uses to sort each group once.
    /// </summary>
    public PeerGroup[] ForAll(PeerSelector selector, IReadOnlyList<double?> values,
        IReadOnlyCollection<string>? cohortMembers = null)
    {
        CheckLength(values);
        var cohort = cohortMembers is null ? null : CohortPositions(cohortMembers);
        var shared = new Dictionary<string, PeerGroup>(StringComparer.Ordinal);
        var result = new PeerGroup[values.Count];
        for (var u = 0; u < result.Length; u++)
        {
            var key = SharedKey(u, selector, cohort);
            if (key is not null && shared.TryGetValue(key, out var group))
            {
                result[u] = group;
                continue;
            }
            result[u] = Select(u, selector, values, cohort);
            if (key is not null) shared[key] = result[u];
        }
        return result;
    }

    /// <inheritdoc cref="ForAll(PeerSelector, IReadOnlyList{double?}, IReadOnlyCollection{string}?)"/>
    public PeerGroup[] ForAll(PeerSelector selector, Func<int, double?> value,
        IReadOnlyCollection<string>? cohortMembers = null) =>
        ForAll(selector, Materialise(value), cohortMembers);

    /// <summary>
    /// The default group of a unit when every unit has a value (the municipality page): its cell of
    /// category and population class, or the whole category when the cell has fewer than 5 units. All units' groups
    /// are chosen once, on first use (<see cref="ForAll(PeerSelector, Func{int, double?}, IReadOnlyCollection{string}?)"/>,
    /// one instance per cell): chosen per call, it cost a 40 KB array of values for every municipality read (measured
    /// 2026-12-02: the server GC's threads took 31 % of the API's CPU during wrk's signed-in step).
    /// </summary>
    public PeerGroup DefaultFor(string teryt) => _defaults.Value[Position(teryt)];

    private PeerGroup Select(int unit, PeerSelector selector, IReadOnlyList<double?> values, HashSet<int>? cohort)
    {
        var u = _registry.All[unit];
        switch (selector.Kind)
        {
            case PeerGroupKind.Default:
                var cell = WithValue(_cells[CellKey(u)], values);
                return cell.Length >= MinimumDefaultSize
                    ? new PeerGroup($"default:{CellKey(u)}", false, cell)
                    : new PeerGroup($"default:{u.Category}", true, WithValue(_categories[u.Category], values));
            case PeerGroupKind.Category:
                return new PeerGroup($"category:{u.Category}", false, WithValue(_categories[u.Category], values));
            case PeerGroupKind.Voivodeship:
                return new PeerGroup($"voivodeship:{u.VoivodeshipCode}", false, WithValue(_voivodeships[u.VoivodeshipCode], values));
            case PeerGroupKind.All:
                return new PeerGroup("all", false, WithValue(_all, values));
            case PeerGroupKind.Neighbours:
                var members = _neighbours.Value.IndicesFor(unit, selector.K).Append(unit).Order().ToArray();
                return new PeerGroup($"neighbours:k{selector.K}", false, WithValue(members, values));
            case PeerGroupKind.Cohort:
                if (cohort is null)
                    throw new ArgumentException($"Grupa '{selector}' wymaga listy członków kohorty.", nameof(selector));
                var inCohort = cohort.Append(unit).Distinct().Order().ToArray();
                return new PeerGroup($"cohort:{selector.CohortId}", false, WithValue(inCohort, values));
            default:
                throw new ArgumentOutOfRangeException(nameof(selector), selector.Kind, "Nieznany rodzaj grupy porównawczej.");
        }
    }

    /// <summary>A key naming the group a unit shares with others, or null when its group is its own.</summary>
    private string? SharedKey(int unit, PeerSelector selector, HashSet<int>? cohort)
    {
        var u = _registry.All[unit];
        return selector.Kind switch
        {
            PeerGroupKind.Default => "d" + CellKey(u),
            PeerGroupKind.Category => "c" + u.Category,
            PeerGroupKind.Voivodeship => "v" + u.VoivodeshipCode,
            PeerGroupKind.All => "a",
            // Members share the cohort group; a non-member's group is the cohort plus itself.
            PeerGroupKind.Cohort when cohort is not null && cohort.Contains(unit) => "k",
            _ => null,
        };
    }

    private HashSet<int> CohortPositions(IReadOnlyCollection<string> teryts)
    {
        var positions = new HashSet<int>();
        foreach (var teryt in teryts)
            if (_registry.Index.TryGetValue(teryt, out var i)) positions.Add(i);
        return positions;
    }

    private static int[] WithValue(int[] members, IReadOnlyList<double?> values)
    {
        var count = 0;
        foreach (var m in members) if (values[m].HasValue) count++;
        var result = new int[count];
        count = 0;
        foreach (var m in members) if (values[m].HasValue) result[count++] = m;
        return result;
    }

    private double?[] Materialise(Func<int, double?> value)
    {
        var values = new double?[_registry.All.Count];
        for (var i = 0; i < values.Length; i++) values[i] = value(i);
        return values;
    }

    private void CheckLength(IReadOnlyList<double?> values)
    {
        if (values.Count != _registry.All.Count)
            throw new ArgumentException($"Oczekiwano {_registry.All.Count} wartości (jedna na gminę), jest {values.Count}.", nameof(values));
    }

    private static string CellKey(Municipality u) => $"{u.Category}-{u.PopulationClass}";

    private static IEnumerable<(string Key, int[] Members)> GroupBy(MunicipalityRegistry registry, Func<Municipality, string> key) =>
        Enumerable.Range(0, registry.All.Count)
            .GroupBy(i => key(registry.All[i]), StringComparer.Ordinal)
            .Select(g => (g.Key, g.ToArray()));
}
