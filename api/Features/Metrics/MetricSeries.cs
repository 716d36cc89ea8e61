using System.Globalization;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Metrics;

namespace Samoocena.Api.Features.Metrics;

/// <summary>
/// Reads the metrics store for the statistics endpoints: one indicator-year as an array indexed like
/// <c>MunicipalityRegistry.All</c> (what <c>PeerGroups</c> and <c>PeerStatistics</c> take), and the years with data.
/// </summary>
public sealed record MetricSeries(string IndicatorId, int Year, double?[] Values, bool[] Synthetic, long Version)
{
    public static async Task<MetricSeries> LoadAsync(IGrainFactory grains, MunicipalityRegistry registry, string indicatorId, int year)
    {
        var stored = await grains.GetGrain<IIndicatorYearGrain>(MetricKeys.IndicatorYear(indicatorId, year)).GetAsync();
        var values = new double?[registry.All.Count];
        var synthetic = new bool[registry.All.Count];
        foreach (var (teryt, value) in stored.Values)
            if (registry.Index.TryGetValue(teryt, out var i)) values[i] = value;
        foreach (var teryt in stored.Synthetic)
            if (registry.Index.TryGetValue(teryt, out var i)) synthetic[i] = true;
        return new MetricSeries(indicatorId, year, values, synthetic, stored.Version);
    }

    /// <summary>Years with data per indicator (ascending).</summary>
    public static Task<IReadOnlyDictionary<string, int[]>> YearsAsync(IGrainFactory grains) =>
        grains.GetGrain<IMetricYearsGrain>(MetricKeys.Directory).GetAsync();

    /// <summary>
    /// Parses a <c>year</c> route or query value: an integer in <see cref="MetricKeys.FirstYear"/>–<see cref="MetricKeys.LastYear"/>.
    /// </summary>
    public static bool TryParseYear(string? text, out int year, out string error)
    {
        error = "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year is >= MetricKeys.FirstYear and <= MetricKeys.LastYear)
            return true;
        var shown = text is null ? "" : text.Length > 20 ? text[..20] + "…" : text;
        error = $"Nieprawidłowy rok '{shown}': oczekiwano liczby od {MetricKeys.FirstYear} do {MetricKeys.LastYear}.";
        return false;
    }
}
