using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Features.Indicators;
using Samoocena.Api.Features.Metrics;
using Samoocena.Api.Maps;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Indicators;
using Samoocena.Questionnaires.Registry;
using Samoocena.Questionnaires.Statistics;
using Samoocena.Silo.Grains.Cohorts;

namespace Samoocena.Api.Features.Maps.GetBenchmarkMap;

/// <summary>
/// <c>GET /api/maps/benchmarks/{indicatorId}.svg?year=&amp;mode=bands|values&amp;highlight=&amp;peers=default</c> (any
/// signed-in user). <c>bands</c> (default): every gmina coloured by its own band (methodology §2) within its own
/// default peer group for the year, the same numbers as <c>GET /api/benchmarks/{indicatorId}/{teryt}</c>;
/// <c>values</c>: the values in five quintile classes. With <c>highlight</c> that gmina is outlined and so are the
/// members of its group for <c>peers</c>. Year defaults to the latest with data, as for the benchmark.
/// 404 unknown indicator, highlight or cohort, or no data at all; 422 bad year, mode or peers.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<SvgMapResult, ProblemHttpResult>>
{
    public const string Bands = "bands";
    public const string Values = "values";

    public const string SyntheticNote = "dane syntetyczne (demonstracyjne), nie rzeczywiste";

    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public override void Configure()
    {
        Get("benchmarks/{indicatorId}.svg");
        Group<MapsGroup>();
    }

    /// <summary>404 and 403 before 422: the resource and the caller's access are checked before the validator runs.</summary>
    public override Task OnBeforeValidateAsync(Request request, CancellationToken ct)
    {
        ResourceChecks.Indicator(request.IndicatorId);
        return Task.CompletedTask;
    }

    public override Task<Results<SvgMapResult, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.IndicatorId, request.Year, request.Mode, request.Highlight, request.Peers, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>(), Resolve<PeerGroups>());

    private static async Task<Results<SvgMapResult, ProblemHttpResult>> Handle(
        string indicatorId, string? year, string? mode, string? highlight, string? peers,
        IGrainFactory grains, MunicipalityRegistry registry, PeerGroups peerGroups)
    {
        if (IndicatorCatalog.Load().Find(indicatorId) is not { } indicator)
            return ProblemResponses.Result(404, Samoocena.Api.Features.Indicators.GetIndicator.Endpoint.UnknownIndicator(indicatorId));
        var shownMode = string.IsNullOrWhiteSpace(mode) ? Bands : mode.Trim().ToLowerInvariant();
        PeerSelector.TryParse(peers, out var parsed, out _);
        var selector = parsed!;
        if (MapHighlight.Parse(registry, highlight, out var highlighted) is { } badHighlight) return badHighlight;
        var (y, yearProblem) = await MetricSeries.ResolveYearAsync(grains, indicator.Id, year);
        if (yearProblem is not null) return yearProblem;

        IReadOnlyList<string>? cohort = null;
        if (highlighted is not null && selector.Kind == PeerGroupKind.Cohort
            && (cohort = await grains.GetGrain<ICohortGrain>(selector.CohortId!).GetMembersAsync()) is null)
            return ProblemResponses.Result(404, $"Nie ma kohorty '{selector.CohortId}'.");

        var series = await MetricSeries.LoadAsync(grains, registry, indicator.Id, y);
        var title = $"{indicator.Name} ({indicator.Unit}), {y.ToString(CultureInfo.InvariantCulture)}";
        var map = shownMode == Bands ? BandMap(title, indicator, series, registry, peerGroups) : ValueMap(title, indicator, series, registry);
        var subtitle = shownMode == Bands
            ? "Pasmo gminy w jej domyślnej grupie porównawczej (kategoria i klasa wielkości)"
            : "Wartości w pięciu klasach (kwintyle)";
        subtitle += indicator.HigherIsBetter ? "; im więcej, tym lepiej" : "; im mniej, tym lepiej";
        if (series.Synthetic.Any(s => s)) subtitle += "; " + SyntheticNote;
        map = map with { Subtitle = subtitle };

        if (highlighted is not null)
        {
            var group = peerGroups.For(highlighted, selector, series.Values, cohort?.ToArray());
            var members = group.Members.Select(m => registry.All[m].Teryt).Where(t => t != highlighted).ToHashSet(StringComparer.Ordinal);
            map = map with
            {
                Highlight = highlighted,
                Peers = members,
                PeersLabel = $"grupa porównawcza {group.Id}{(group.Widened ? " (poszerzona)" : "")}",
            };
        }
        return new SvgMapResult(map.ToSvg(registry));
    }

    /// <summary>Each gmina's band in its own default group: all groups and statistics at once (one sort per group).</summary>
    private static ChoroplethMap BandMap(string title, Indicator indicator, MetricSeries series, MunicipalityRegistry registry, PeerGroups peerGroups)
    {
        var stats = PeerStatistics.ComputeAll(peerGroups.ForAll(PeerSelector.Default, series.Values), series.Values, indicator.HigherIsBetter);
        var units = new Dictionary<string, (string Band, string Value)>(StringComparer.Ordinal);
        for (var i = 0; i < stats.Length; i++)
        {
            var s = stats[i];
            if (s.Value is not { } value) continue;
            units[registry.All[i].Teryt] = (s.Band,
                $"{Format(value, indicator)}, miejsce {s.Rank} z {s.N} w grupie {s.Group}{(s.Widened ? " (poszerzonej)" : "")}");
        }
        return BandScale.Map(title, units);
    }

    private static ChoroplethMap ValueMap(string title, Indicator indicator, MetricSeries series, MunicipalityRegistry registry)
    {
        var values = new Dictionary<string, double?>(StringComparer.Ordinal);
        for (var i = 0; i < series.Values.Length; i++)
            if (series.Values[i] is { } v) values[registry.All[i].Teryt] = v;
        return SequentialScale.Map(title, values, v => Format(v, indicator));
    }

    private static string Format(double value, Indicator indicator) =>
        $"{Scores.AsShown(value).ToString("N2", Polish)} {indicator.Unit}";
}
