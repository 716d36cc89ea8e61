using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Features.Indicators;
using Samoocena.Api.Features.Metrics;
using Samoocena.Api.Features.Municipalities;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Indicators;
using Samoocena.Questionnaires.Registry;
using Samoocena.Questionnaires.Statistics;
using Samoocena.Silo.Grains.Cohorts;

namespace Samoocena.Api.Features.Benchmarks.GetBenchmark;

/// <summary>
/// <c>GET /api/benchmarks/{indicatorId}/{teryt}?year=&amp;peers=default</c> (any signed-in user): the unit's value
/// against its peer group (methodology §2), trend against year − 1. Without <c>year</c>: the latest year with
/// data for the indicator. 404 unknown indicator, unit or cohort, or no data at all; 422 bad peers or year.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<BenchmarkResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("{indicatorId}/{teryt}");
        Group<BenchmarksGroup>();
    }

    /// <summary>404 and 403 before 422: the resource and the caller's access are checked before the validator runs.</summary>
    public override Task OnBeforeValidateAsync(Request request, CancellationToken ct)
    {
        ResourceChecks.Indicator(request.IndicatorId);
        ResourceChecks.Municipality(Resolve<MunicipalityRegistry>(), request.Teryt);
        return Task.CompletedTask;
    }

    public override Task<Results<Ok<BenchmarkResponse>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.IndicatorId, request.Teryt, request.Year, request.Peers, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>(), Resolve<PeerGroups>());

    private static async Task<Results<Ok<BenchmarkResponse>, ProblemHttpResult>> Handle(
        string indicatorId, string teryt, string? year, string? peers,
        IGrainFactory grains, MunicipalityRegistry registry, PeerGroups peerGroups)
    {
        if (IndicatorCatalog.Load().Find(indicatorId) is not { } indicator)
            return ProblemResponses.Result(404, Samoocena.Api.Features.Indicators.GetIndicator.Endpoint.UnknownIndicator(indicatorId));
        if (!registry.Contains(teryt)) return ProblemResponses.Result(404, Samoocena.Api.Features.Municipalities.GetMunicipality.Endpoint.UnknownTeryt(teryt));
        PeerSelector.TryParse(peers, out var parsed, out _);
        var selector = parsed!;
        var (y, yearProblem) = await MetricSeries.ResolveYearAsync(grains, indicator.Id, year);
        if (yearProblem is not null) return yearProblem;

        IReadOnlyList<string>? cohort = null;
        if (selector.Kind == PeerGroupKind.Cohort
            && (cohort = await grains.GetGrain<ICohortGrain>(selector.CohortId!).GetMembersAsync()) is null)
            return ProblemResponses.Result(404, $"Nie ma kohorty '{selector.CohortId}'.");

        var current = await MetricSeries.LoadAsync(grains, registry, indicator.Id, y);
        var previous = y > Silo.Grains.Metrics.MetricKeys.FirstYear
            ? await MetricSeries.LoadAsync(grains, registry, indicator.Id, y - 1) : null;
        var unit = registry.Index[teryt];
        var group = peerGroups.For(teryt, selector, current.Values, cohort?.ToArray());
        var groupValues = new double[group.Members.Count];
        for (var i = 0; i < groupValues.Length; i++) groupValues[i] = current.Values[group.Members[i]]!.Value;
        var stats = PeerStatistics.Compute(groupValues, current.Values[unit], indicator.HigherIsBetter,
            previous?.Values[unit], group.Id, group.Widened);
        return TypedResults.Ok(BenchmarkResponse.From(indicator.Id, teryt, y, current.Synthetic[unit], stats, current.Sources[unit]));
    }
}
