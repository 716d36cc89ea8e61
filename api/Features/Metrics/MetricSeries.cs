using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Metrics;

namespace Samoocena.Api.Features.Metrics;

/// <summary>
/// Reads the metrics store for the statistics endpoints: one indicator-year as an array indexed like
/// <c>MunicipalityRegistry.All</c> (what <c>PeerGroups</c> and <c>PeerStatistics</c> take), and the years with data.
/// <see cref="Sources"/> names, per unit, where an imported value comes from (e.g. a GUS BDL variable), null otherwise.
/// </summary>
public sealed record MetricSeries(string IndicatorId, int Year, double?[] Values, bool[] Synthetic, long Version)
{
    public string?[] Sources { get; init; } = new string?[Values.Length];

    public static async Task<MetricSeries> LoadAsync(IGrainFactory grains, MunicipalityRegistry registry, string indicatorId, int year)
    {
        var stored = await grains.GetGrain<IIndicatorYearGrain>(MetricKeys.IndicatorYear(indicatorId, year)).GetAsync();
        var values = new double?[registry.All.Count];
        var synthetic = new bool[registry.All.Count];
        foreach (var (teryt, value) in stored.Values)
            if (registry.Index.TryGetValue(teryt, out var i)) values[i] = value;
        foreach (var teryt in stored.Synthetic)
            if (registry.Index.TryGetValue(teryt, out var i)) synthetic[i] = true;
        var sources = new string?[registry.All.Count];
        foreach (var (teryt, source) in stored.Sources)
            if (registry.Index.TryGetValue(teryt, out var i)) sources[i] = source;
        return new MetricSeries(indicatorId, year, values, synthetic, stored.Version) { Sources = sources };
    }

    /// <summary>Years with data per indicator (ascending).</summary>
    public static Task<IReadOnlyDictionary<string, int[]>> YearsAsync(IGrainFactory grains) =>
        grains.GetGrain<IMetricYearsGrain>(MetricKeys.Directory).GetAsync();

    /// <summary>
    /// The year a statistics request is about: the given one (422 when it is not a valid year), or, when none is
    /// given, the latest year with data of the indicator (404 when it has none).
    /// </summary>
    public static async Task<(int Year, ProblemHttpResult? Problem)> ResolveYearAsync(IGrainFactory grains, string indicatorId, string? year)
    {
        if (year is not null)
            return TryParseYear(year, out var parsed, out var error) ? (parsed, null) : (0, ProblemResponses.Validation("year", error));
        return (await YearsAsync(grains)).TryGetValue(indicatorId, out var withData)
            ? (withData[^1], null)
            : (0, ProblemResponses.Result(404, $"Brak danych wskaźnika {indicatorId} w żadnym roku."));
    }

    /// <summary>
    /// Parses a <c>year</c> route or query value: an integer in <see cref="MetricKeys.FirstYear"/>–<see cref="MetricKeys.LastYear"/>.
    /// </summary>
    public static bool TryParseYear(string? text, out int year, out string error)
    {
        error = "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year is >= MetricKeys.FirstYear and <= MetricKeys.LastYear)
            return true;
        var shown = text is null ? "" : ProblemResponses.Echo(text, 20);
        error = $"Nieprawidłowy rok '{shown}': oczekiwano liczby od {MetricKeys.FirstYear} do {MetricKeys.LastYear}.";
        return false;
    }
}
