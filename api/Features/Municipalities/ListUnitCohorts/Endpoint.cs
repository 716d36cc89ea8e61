using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Cohorts;

namespace Samoocena.Api.Features.Municipalities.ListUnitCohorts;

/// <summary>
/// <c>GET /api/municipalities/{teryt}/cohorts</c> (any signed-in user): <c>[{id, name}]</c>, the programme cohorts the unit
/// belongs to, by id — a comparison group (<c>peers=cohort:{id}</c>) its staff may choose without listing every cohort
/// (coordinator only). Its own path, so the unit's page and the others that read the unit do not pay for it.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<Response[]>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("{teryt}/cohorts");
        Group<MunicipalitiesGroup>();
    }

    public override Task<Results<Ok<Response[]>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.Teryt, Resolve<MunicipalityRegistry>(), Resolve<IGrainFactory>());

    private static async Task<Results<Ok<Response[]>, ProblemHttpResult>> Handle(string teryt, MunicipalityRegistry registry, IGrainFactory grains)
    {
        if (registry.Find(teryt) is null)
            return ProblemResponses.Result(404, GetMunicipality.Endpoint.UnknownTeryt(teryt));
        var ids = await grains.GetGrain<ICohortDirectoryGrain>(CohortDirectoryGrain.Key).ListAsync();
        var cohorts = await Task.WhenAll(ids.Select(id => grains.GetGrain<ICohortGrain>(id).GetAsync()));
        return TypedResults.Ok(cohorts.OfType<Cohort>().Where(c => c.Members.Contains(teryt)).Select(c => new Response(c.Id, c.Name)).ToArray());
    }
}
