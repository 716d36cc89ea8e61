using Samoocena.Silo.Grains.Metrics;

namespace Samoocena.Api.Features.Metrics;

/// <summary>
/// A municipality's metric values of one year, by indicator id (catalogue order); <c>synthetic</c> lists the
/// indicators whose value is generated demo data, not a real measurement; <c>sources</c> names, per indicator, where
/// an imported value comes from (e.g. "GUS BDL, zmienna 60270, aktualizacja …"), only for values that have one.
/// </summary>
public sealed record MetricsResponse(string Teryt, int Year, IReadOnlyDictionary<string, double> Values, IReadOnlyList<string> Synthetic,
    IReadOnlyDictionary<string, string> Sources)
{
    public static async Task<MetricsResponse> LoadAsync(IGrainFactory grains, string teryt, int year)
    {
        var years = await MetricSeries.YearsAsync(grains);
        var ids = Samoocena.Questionnaires.Indicators.IndicatorCatalog.Load().Indicators
            .Where(i => years.TryGetValue(i.Id, out var y) && Array.BinarySearch(y, year) >= 0)
            .Select(i => i.Id).ToArray();
        var stored = await Task.WhenAll(ids.Select(id => grains.GetGrain<IIndicatorYearGrain>(MetricKeys.IndicatorYear(id, year)).GetAsync()));
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var synthetic = new List<string>();
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            if (!stored[i].Values.TryGetValue(teryt, out var v)) continue;
            values[ids[i]] = v;
            if (stored[i].Synthetic.Contains(teryt)) synthetic.Add(ids[i]);
            if (stored[i].Sources.TryGetValue(teryt, out var source)) sources[ids[i]] = source;
        }
        return new MetricsResponse(teryt, year, values, synthetic, sources);
    }
}
