using BenchmarkDotNet.Attributes;
using Samoocena.Questionnaires.Demo;
using Samoocena.Questionnaires.Rankings;
using Samoocena.Questionnaires.Registry;
using Samoocena.Questionnaires.Statistics;

namespace Samoocena.LoadTests.Benchmarks;

/// <summary>
/// The Green Finance index for all gminas (composite index per category, methodology §5): from aggregated
/// inputs G1..G5 (target ≤ 5 ms), from 2.5 million raw budget lines (target ≤ 1 s), and 1,000 Monte Carlo
/// replicas over every category (target ≤ 1 s).
/// </summary>
public class GreenFinanceBenchmarks
{
    public const int Edition = 2024;
    public const int LineCount = 2_500_000;

    private RankingDefinition _definition = null!;
    private MunicipalityRegistry _registry = null!;
    private BudgetLine[] _lines = null!;
    private GreenFinanceInputs _inputs = null!;
    private CompositeIndicator[] _indicators = null!;
    private (string[] Units, IReadOnlyList<double?>[] Values)[] _byCategory = null!;

    [GlobalSetup]
    public void Setup()
    {
        _definition = RankingDefinition.GreenFinance;
        _registry = MunicipalityRegistry.Load();
        var window = _definition.Edition(Edition);
        var demo = DemoBudget.Lines(_registry, window.FirstYear, window.LastYear).ToArray();
        // The demo window has ~0.3 million lines; repeating them gives the volume of 2.5 million without changing the per-line work.
        _lines = new BudgetLine[LineCount];
        for (var i = 0; i < LineCount; i++) _lines[i] = demo[i % demo.Length];
        _inputs = GreenFinanceInputs.Compute(_definition, Edition, _lines, _registry);
        _indicators = _definition.Indicators.Select(i => new CompositeIndicator(i.Id, i.Weight, i.HigherIsBetter)).ToArray();
        _byCategory = ByCategory(_inputs).ToArray();
    }

    /// <summary>The composite index per category from G1..G5 already laid out per category (what a ranking grain holds).</summary>
    [Benchmark(Description = "index from aggregated inputs, all gminas")]
    public int IndexFromInputs()
    {
        var n = 0;
        foreach (var (units, values) in _byCategory) n += CompositeIndex.Compute(units, values, _indicators).Rows.Count;
        return n;
    }

    [Benchmark(Description = "inputs + index from 2.5 million budget lines")]
    public int IndexFromLines() => Index(GreenFinanceInputs.Compute(_definition, Edition, _lines, _registry));

    [Benchmark(Description = "1,000 Monte Carlo replicas, every category")]
    public int MonteCarlo()
    {
        var n = 0;
        foreach (var (units, values) in _byCategory)
            n += MonteCarloRobustness.Run(units, values, _indicators, MonteCarloRobustness.DefaultReplicas).Units.Count;
        return n;
    }

    private int Index(GreenFinanceInputs inputs)
    {
        var n = 0;
        foreach (var (units, values) in ByCategory(inputs))
            n += CompositeIndex.Compute(units, values, _indicators).Rows.Count;
        return n;
    }

    private IEnumerable<(string[] Units, IReadOnlyList<double?>[] Values)> ByCategory(GreenFinanceInputs inputs)
    {
        foreach (var category in _definition.Categories)
        {
            var members = inputs.Units.Where(u => u.Category == category).ToArray();
            yield return (members.Select(u => u.Teryt).ToArray(),
                members.Select(u => (IReadOnlyList<double?>)_indicators.Select(i => u.Value(i.Id)).ToArray()).ToArray());
        }
    }
}
