using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Silo.Grains.Cohorts;

namespace Samoocena.Api.Features.Cohorts.ListCohorts;

/// <summary>
/// <c>GET /api/cohorts</c> (coordinator): every cohort as <c>GET /api/cohorts/{cohortId}</c> shows it
/// (<c>{id, name, members, size, updatedAt, updatedBy}</c>), by id. The ids come from the cohort directory grain.
/// </summary>
public sealed class Endpoint : EndpointWithoutRequest<Ok<CohortResponse[]>>
{
    public override void Configure()
    {
        Get("");
        Group<CohortsGroup>();
    }

    public override Task<Ok<CohortResponse[]>> ExecuteAsync(CancellationToken ct) => Handle(Resolve<IGrainFactory>());

    private static async Task<Ok<CohortResponse[]>> Handle(IGrainFactory grains)
    {
        var ids = await grains.GetGrain<ICohortDirectoryGrain>(CohortDirectoryGrain.Key).ListAsync();
        var cohorts = await Task.WhenAll(ids.Select(id => grains.GetGrain<ICohortGrain>(id).GetAsync()));
        return TypedResults.Ok(cohorts.OfType<Cohort>().Select(CohortResponse.From).ToArray());
    }
}
