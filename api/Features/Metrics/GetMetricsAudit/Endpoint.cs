using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Features.Municipalities;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Audit;
using Samoocena.Silo.Grains.Metrics;

namespace Samoocena.Api.Features.Metrics.GetMetricsAudit;

/// <summary>
/// <c>GET /api/metrics/{teryt}/audit</c> (JST staff of the unit or a coordinator): every change of the unit's
/// metric values, oldest first: who, when, <c>target</c> = indicator/year, old → new. Demo data is not audited
/// per value (it is marked synthetic instead).
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<IReadOnlyList<AuditEntry>>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("{teryt}/audit");
        Group<MetricsGroup>();
    }

    public override Task<Results<Ok<IReadOnlyList<AuditEntry>>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.Teryt, User, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>());

    private static async Task<Results<Ok<IReadOnlyList<AuditEntry>>, ProblemHttpResult>> Handle(
        string teryt, ClaimsPrincipal user, IGrainFactory grains, MunicipalityRegistry registry)
    {
        if (!registry.Contains(teryt)) return ProblemResponses.Result(404, Samoocena.Api.Features.Municipalities.GetMunicipality.Endpoint.UnknownTeryt(teryt));
        user.EnsureMunicipalityAccess(teryt);
        return TypedResults.Ok(await grains.GetGrain<IMunicipalityMetricsGrain>(teryt).GetAuditAsync());
    }
}
