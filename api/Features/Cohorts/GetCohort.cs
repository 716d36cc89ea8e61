using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Cohorts;

namespace Samoocena.Api.Features.Cohorts;

/// <summary><c>GET /api/cohorts/{cohortId}</c> (coordinator): the cohort; 404 when it was never defined.</summary>
public sealed class GetCohort : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/cohorts/{cohortId}", Handle).RequireAuthorization(Policies.Coordinator).WithTags("Cohorts");

    private static async Task<Results<Ok<CohortResponse>, ProblemHttpResult>> Handle(string cohortId, IGrainFactory grains)
    {
        if (!PutCohort.IsCohortId(cohortId) || await grains.GetGrain<ICohortGrain>(cohortId).GetAsync() is not { } cohort)
            return ProblemResponses.Result(404, GetCohortAssessments.UnknownCohort(cohortId));
        return TypedResults.Ok(CohortResponse.From(cohort));
    }
}
