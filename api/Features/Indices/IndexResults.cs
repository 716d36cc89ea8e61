using System.Collections.Concurrent;
using Samoocena.Api.Features.Metrics;
using Samoocena.Questionnaires.Indicators;
using Samoocena.Questionnaires.Registry;
using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Api.Features.Indices;

/// <summary>
/// A composite index of one year computed per category (methodology §4), with Monte Carlo rank intervals.
/// Results are cached per (index, year, versions of the component indicator-years): Monte Carlo costs
/// ~0.5 s, and any write to an input bumps its version, so a stale result is never served.
/// </summary>
public static class IndexResults
{
    public static readonly string[] Categories = ["MNPP", "GM", "GMW", "GW"];

    private static readonly ConcurrentDictionary<string, Lazy<Task<IndexResponse>>> Cache = new(StringComparer.Ordinal);

    public static async Task<IndexResponse> GetAsync(IGrainFactory grains, MunicipalityRegistry registry, AreaIndex index, int year)
    {
        var catalog = IndicatorCatalog.Load();
        var series = await Task.WhenAll(index.Components.Select(c => MetricSeries.LoadAsync(grains, registry, c.Indicator, year)));
        var key = $"{index.Id}/{year}/{string.Join(",", series.Select(s => s.Version))}";
        var lazy = Cache.GetOrAdd(key, _ => new Lazy<Task<IndexResponse>>(() => Task.Run(() => Compute(registry, catalog, index, year, series))));
        try
        {
            return await lazy.Value;
        }
        catch
        {
            Cache.TryRemove(key, out _);
            throw;
        }
    }

    private static IndexResponse Compute(MunicipalityRegistry registry, IndicatorCatalog catalog, AreaIndex index, int year, MetricSeries[] series)
    {
        var indicators = index.Components
            .Select(c => new CompositeIndicator(c.Indicator, c.Weight, catalog.Find(c.Indicator)!.HigherIsBetter)).ToArray();
        var categories = new List<IndexCategory>();
        foreach (var category in Categories)
        {
            // Reference set: the category's units with at least one input value, ranked or not.
            var units = Enumerable.Range(0, registry.All.Count)
                .Where(u => registry.All[u].Category == category && series.Any(s => s.Values[u].HasValue)).ToArray();
            var teryts = units.Select(u => registry.All[u].Teryt).ToArray();
            var values = units.Select(u => (IReadOnlyList<double?>)series.Select(s => s.Values[u]).ToArray()).ToArray();
            if (units.Length == 0)
            {
                categories.Add(new IndexCategory(category, [], []));
                continue;
            }
            var result = CompositeIndex.Compute(teryts, values, indicators);
            var robustness = MonteCarloRobustness.Run(teryts, values, indicators);
            var intervals = robustness.Units.ToDictionary(r => r.Unit, StringComparer.Ordinal);
            var rows = result.Rows.Select(r =>
            {
                var position = Array.IndexOf(teryts, r.Unit);
                var inputs = new Dictionary<string, double?>(StringComparer.Ordinal);
                for (var i = 0; i < indicators.Length; i++) inputs[indicators[i].Id] = values[position][i];
                var interval = intervals[r.Unit];
                return new IndexRow(r.Rank, r.Unit, registry.Find(r.Unit)!.Name, Scores.AsShown(r.Score), r.Label, inputs,
                    [interval.LowRank, interval.HighRank], interval.MedianRank);
            }).ToArray();
            var notRanked = result.NotRanked.Select(n => new IndexNotRanked(n.Unit, n.Reason, n.MissingIndicators)).ToArray();
            categories.Add(new IndexCategory(category, rows, notRanked));
        }
        return new IndexResponse(index.Id, index.Name, index.Area, year, series.Any(s => s.Synthetic.Any(x => x)),
            MonteCarloRobustness.DefaultReplicas, index.Components, categories);
    }
}

public sealed record IndexResponse(
    string Id, string Name, string Area, int Year, bool Synthetic, int Replicas, IReadOnlyList<IndexComponent> Components,
    IReadOnlyList<IndexCategory> Categories);

public sealed record IndexCategory(string Category, IReadOnlyList<IndexRow> Rows, IReadOnlyList<IndexNotRanked> NotRanked);

public sealed record IndexRow(
    int Rank, string Teryt, string Name, double Score, string? Label, IReadOnlyDictionary<string, double?> Indicators,
    int[] RankInterval, double MedianRank);

public sealed record IndexNotRanked(string Teryt, string Reason, IReadOnlyList<string> Missing);
