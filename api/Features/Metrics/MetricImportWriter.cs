using System.Collections.Concurrent;
using Samoocena.Silo.Grains.Audit;
using Samoocena.Silo.Grains.Metrics;

namespace Samoocena.Api.Features.Metrics;

/// <summary>One validated value of a bulk import.</summary>
public readonly record struct MetricImportValue(string Teryt, int Year, string IndicatorId, double Value);

/// <summary>A value a bulk import changed: old (null when there was none) → new.</summary>
public sealed record MetricChange(string Teryt, int Year, string IndicatorId, double? Old, double? New);

/// <summary>
/// The store step of the bulk imports (<c>POST /api/metrics/import</c>, <c>…/import/bdl</c>): one write per
/// indicator-year, in parallel, then the audit entries per municipality.
/// </summary>
public static class MetricImportWriter
{
    /// <summary>
    /// Writes <paramref name="values"/> (already validated as a whole) and audits every change with
    /// <paramref name="action"/> and <paramref name="detail"/>; <paramref name="source"/> names where the values come
    /// from on their indicator-years. A failure here can only be storage (a concurrent change on another node, 409):
    /// then the batches already written are put back to their previous values before the error goes on, so the
    /// import stays all-or-nothing. Returns the changes, ordered by indicator, year and TERYT.
    /// </summary>
    public static async Task<IReadOnlyList<MetricChange>> StoreAsync(
        IReadOnlyCollection<MetricImportValue> values, IGrainFactory grains, string user, DateTimeOffset now,
        string action = MunicipalityMetricsGrain.ActionImport, string? detail = null, string? source = null)
    {
        var changes = new ConcurrentBag<MetricChange>();
        var written = new ConcurrentBag<(string Key, IReadOnlyDictionary<string, double?> Previous)>();
        var batches = values.GroupBy(r => (r.IndicatorId, r.Year)).ToArray();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = CancellationToken.None };
        try
        {
            await Parallel.ForEachAsync(batches, parallel, async (batch, _) =>
            {
                var key = MetricKeys.IndicatorYear(batch.Key.IndicatorId, batch.Key.Year);
                var next = batch.ToDictionary(r => r.Teryt, r => (double?)r.Value, StringComparer.Ordinal);
                var previous = await grains.GetGrain<IIndicatorYearGrain>(key).SetAsync(next, source: source);
                written.Add((key, previous));
                foreach (var (teryt, old) in previous)
                    changes.Add(new MetricChange(teryt, batch.Key.Year, batch.Key.IndicatorId, old, next[teryt]));
            });
        }
        catch
        {
            foreach (var (key, previous) in written)
                if (previous.Count > 0) await grains.GetGrain<IIndicatorYearGrain>(key).SetAsync(previous);
            throw;
        }
        var ordered = changes.OrderBy(c => c.IndicatorId, StringComparer.Ordinal).ThenBy(c => c.Year)
            .ThenBy(c => c.Teryt, StringComparer.Ordinal).ToArray();
        var perUnit = ordered.GroupBy(c => c.Teryt, StringComparer.Ordinal).ToArray();
        await Parallel.ForEachAsync(perUnit, parallel, async (unit, _) =>
            await grains.GetGrain<IMunicipalityMetricsGrain>(unit.Key).RecordAsync(unit
                .Select(c => MunicipalityMetricsGrain.Entry(now, user, action, c.IndicatorId, c.Year, c.Old, c.New, detail))
                .OrderBy(e => e.Target, StringComparer.Ordinal).ToArray()));
        return ordered;
    }
}
