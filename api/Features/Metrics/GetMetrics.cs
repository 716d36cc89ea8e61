using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Features.Municipalities;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Features.Metrics;

/// <summary>
/// <c>GET /api/metrics/{teryt}/{year}</c> (any signed-in user): a unit's values of one year. Metric values are
/// public benchmarking data (like SMUP's), so every role may read them; only writing is scoped.
/// </summary>
public sealed class GetMetrics : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/metrics/{teryt}/{year}", Handle).WithTags("Metrics");

    private static async Task<Results<Ok<MetricsResponse>, ProblemHttpResult>> Handle(
        string teryt, string year, IGrainFactory grains, MunicipalityRegistry registry)
    {
        if (!registry.Contains(teryt)) return ProblemResponses.Result(404, GetMunicipality.UnknownTeryt(teryt));
        if (!MetricSeries.TryParseYear(year, out var y, out var error)) return ProblemResponses.Validation("year", error);
        return TypedResults.Ok(await MetricsResponse.LoadAsync(grains, teryt, y));
    }
}
