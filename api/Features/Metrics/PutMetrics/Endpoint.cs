using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Features.Municipalities;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Indicators;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Metrics;

namespace Samoocena.Api.Features.Metrics.PutMetrics;

/// <summary>
/// <c>PUT /api/metrics/{teryt}/{year}</c> <c>{values: {indicatorId: number or null}}</c> (JST staff of the unit or a
/// coordinator): stores the given values (null clears; indicators not named are left as they are) and
/// audits every change. Year 2000–2100. 422 names <c>values.&lt;id&gt;</c> for an unknown indicator or a non-number.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<MetricsResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Put("{teryt}/{year}");
        Group<MetricsGroup>();
    }

    /// <summary>404 and 403 before 422: the resource and the caller's access are checked before the validator runs.</summary>
    public override Task OnBeforeValidateAsync(Request request, CancellationToken ct)
    {
        ResourceChecks.MunicipalityAccess(Resolve<MunicipalityRegistry>(), User, request.Teryt);
        return Task.CompletedTask;
    }

    public override Task<Results<Ok<MetricsResponse>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.Teryt, request.Year, request, User, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>());


    private static async Task<Results<Ok<MetricsResponse>, ProblemHttpResult>> Handle(
        string teryt, string year, Request request, ClaimsPrincipal user, IGrainFactory grains, MunicipalityRegistry registry)
    {
        if (!registry.Contains(teryt)) return ProblemResponses.Result(404, Samoocena.Api.Features.Municipalities.GetMunicipality.Endpoint.UnknownTeryt(teryt));
        user.EnsureMunicipalityAccess(teryt);
        MetricSeries.TryParseYear(year, out var y, out _);
        var values = request.Values!.ToDictionary(v => v.Key, v => v.Value.ValueKind == JsonValueKind.Null ? (double?)null : v.Value.GetDouble(), StringComparer.Ordinal);
        if (values.Count > 0)
            await grains.GetGrain<IMunicipalityMetricsGrain>(teryt).SetAsync(y, values, user.Login());
        return TypedResults.Ok(await MetricsResponse.LoadAsync(grains, teryt, y));
    }
}
