using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Features.Municipalities;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Features.Metrics.GetMetrics;

/// <summary>
/// <c>GET /api/metrics/{teryt}/{year}</c> (any signed-in user): a unit's values of one year. Metric values are
/// public benchmarking data (like SMUP's), so every role may read them; only writing is scoped.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<MetricsResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("{teryt}/{year}");
        Group<MetricsGroup>();
    }

    /// <summary>404 and 403 before 422: the resource and the caller's access are checked before the validator runs.</summary>
    public override Task OnBeforeValidateAsync(Request request, CancellationToken ct)
    {
        ResourceChecks.Municipality(Resolve<MunicipalityRegistry>(), request.Teryt);
        return Task.CompletedTask;
    }

    public override Task<Results<Ok<MetricsResponse>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.Teryt, request.Year, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>());

    private static async Task<Results<Ok<MetricsResponse>, ProblemHttpResult>> Handle(
        string teryt, string year, IGrainFactory grains, MunicipalityRegistry registry)
    {
        if (!registry.Contains(teryt)) return ProblemResponses.Result(404, Samoocena.Api.Features.Municipalities.GetMunicipality.Endpoint.UnknownTeryt(teryt));
        MetricSeries.TryParseYear(year, out var y, out _);
        return TypedResults.Ok(await MetricsResponse.LoadAsync(grains, teryt, y));
    }
}
