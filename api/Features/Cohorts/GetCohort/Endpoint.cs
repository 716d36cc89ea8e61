using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Cohorts;

namespace Samoocena.Api.Features.Cohorts.GetCohort;

/// <summary><c>GET /api/cohorts/{cohortId}</c> (coordinator): the cohort; 404 when it was never defined.</summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<CohortResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("{cohortId}");
        Group<CohortsGroup>();
    }

    public override Task<Results<Ok<CohortResponse>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.CohortId, Resolve<IGrainFactory>());

    private static async Task<Results<Ok<CohortResponse>, ProblemHttpResult>> Handle(string cohortId, IGrainFactory grains)
    {
        if (!Samoocena.Api.Features.Cohorts.PutCohort.Endpoint.IsCohortId(cohortId) || await grains.GetGrain<ICohortGrain>(cohortId).GetAsync() is not { } cohort)
            return ProblemResponses.Result(404, Samoocena.Api.Features.Cohorts.GetCohortAssessments.Endpoint.UnknownCohort(cohortId));
        return TypedResults.Ok(CohortResponse.From(cohort));
    }
}
