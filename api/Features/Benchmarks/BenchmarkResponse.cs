using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Api.Features.Benchmarks;

/// <summary>
/// api.md <c>PeerStats</c> (as shown, methodology v1.1 §0) of one unit's value, with what it is about: indicator, unit,
/// year, <c>synthetic</c> when the unit's value is generated demo data, and <c>source</c> naming where an imported
/// value comes from (e.g. "GUS BDL, zmienna 60270, aktualizacja …"), null for values entered or imported without one.
/// </summary>
public sealed record BenchmarkResponse(
    string IndicatorId, string Teryt, int Year, bool Synthetic,
    string Group, int N, bool Widened, double? Value, double? Min, double? Q1, double? Median, double? Q3, double? Max,
    double? Mean, int? Rank, double? Percentile, string Band, double? Z, bool? Outlier, string? Trend, string? Source = null)
{
    /// <summary>The peer group in words, e.g. "gminy wiejskie, 5–10 tys. mieszkańców" (says when it was widened).</summary>
    public string GroupLabel { get; init; } = "";

    public string BandLabel { get; init; } = "";

    public string? TrendLabel { get; init; }

    public static BenchmarkResponse From(string indicatorId, string teryt, int year, bool synthetic, PeerStats s, string? source = null)
    {
        var d = s.AsShown();
        return new(indicatorId, teryt, year, synthetic, d.Group, d.N, d.Widened, d.Value, d.Min, d.Q1, d.Median, d.Q3, d.Max,
            d.Mean, d.Rank, d.Percentile, d.Band, d.Z, d.Outlier, d.Trend, source)
        {
            GroupLabel = d.GroupLabel, BandLabel = d.BandLabel, TrendLabel = PeerLabels.Trend(d.Trend),
        };
    }
}
