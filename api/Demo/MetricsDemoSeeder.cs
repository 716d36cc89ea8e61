using Samoocena.Questionnaires.Demo;
using Samoocena.Questionnaires.Indicators;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Metrics;

namespace Samoocena.Api.Demo;

/// <summary>
/// Synthetic metric values (<see cref="DemoMetrics"/>, 2022–2024, every gmina and indicator, ~411k values) written
/// straight into the indicator-year grains: one write per indicator-year (~171), each value marked synthetic.
/// Runs only while the metrics store is empty, so it never mixes with or overwrites real data.
/// </summary>
public sealed class MetricsDemoSeeder : IDemoSeeder
{
    public int Order => 20;

    public string Name => "metrics";

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var grains = services.GetRequiredService<IGrainFactory>();
        if ((await grains.GetGrain<IMetricYearsGrain>(MetricKeys.Directory).GetAsync()).Count > 0) return;
        var batches = DemoMetrics.Generate(services.GetRequiredService<MunicipalityRegistry>(), IndicatorCatalog.Load())
            .GroupBy(v => (v.IndicatorId, v.Year))
            .Select(g => (Key: MetricKeys.IndicatorYear(g.Key.IndicatorId, g.Key.Year),
                Values: (IReadOnlyDictionary<string, double?>)g.ToDictionary(v => v.Teryt, v => (double?)v.Value, StringComparer.Ordinal)))
            .ToArray();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (batch, _) => await grains.GetGrain<IIndicatorYearGrain>(batch.Key).SetAsync(batch.Values, synthetic: true));
    }
}
