using BenchmarkDotNet.Attributes;
using Samoocena.Questionnaires.Registry;
using Samoocena.Questionnaires.Statistics;

namespace Samoocena.LoadTests.Benchmarks;

/// <summary>
/// Peer statistics of one indicator for every gmina (default peer groups; target ≤ 1 ms) and the nearest
/// neighbours of every gmina from scratch (k = 15 over the three standard context variables).
/// </summary>
public class PeerBenchmarks
{
    private MunicipalityRegistry _registry = null!;
    private PeerGroups _peerGroups = null!;
    private double?[] _values = null!;
    private double?[] _previous = null!;
    private PeerGroup[] _groups = null!;

    [GlobalSetup]
    public void Setup()
    {
        _registry = MunicipalityRegistry.Load();
        _peerGroups = new PeerGroups(_registry, NearestNeighbours.ForShippedRegistry);
        // A synthetic indicator with 3 % gaps, deterministic.
        _values = Enumerable.Range(0, _registry.All.Count).Select(i => i % 33 == 0 ? (double?)null : (i * 7919 % 1000) / 10.0).ToArray();
        _previous = _values.Select(v => v * 0.98).ToArray();
        _groups = _peerGroups.ForAll(PeerSelector.Default, _values);
    }

    [Benchmark(Description = "PeerStatistics.ComputeAll, 2,479 gminas, groups given")]
    public PeerStats[] PeerStatsAll() => PeerStatistics.ComputeAll(_groups, _values, higherIsBetter: true, _previous);

    [Benchmark(Description = "PeerGroups.ForAll + ComputeAll, 2,479 gminas")]
    public PeerStats[] PeerGroupsAndStatsAll() =>
        PeerStatistics.ComputeAll(_peerGroups.ForAll(PeerSelector.Default, _values), _values, higherIsBetter: true, _previous);

    [Benchmark(Description = "NearestNeighbours for all 2,479 gminas (k = 15), new instance")]
    public int NeighboursAll() => NearestNeighbours.ForRegistry(_registry).ForAll().Sum(l => l.Count);
}
