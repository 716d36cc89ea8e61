using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Cohorts;

namespace Samoocena.Api.Features.Cohorts.PutCohort;

/// <summary>
/// <c>PUT /api/cohorts/{cohortId}</c> <c>{name, members: [teryt]}</c> (coordinator): creates (201) or replaces (200)
/// a cohort. 422 names <c>members[i]</c> for an unknown TERYT or a repeated one.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<CohortResponse>, Created<CohortResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Put("{cohortId}");
        Group<CohortsGroup>();
    }

    public override Task<Results<Ok<CohortResponse>, Created<CohortResponse>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.CohortId, request, User, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>());


    private static async Task<Results<Ok<CohortResponse>, Created<CohortResponse>, ProblemHttpResult>> Handle(
        string cohortId, Request request, ClaimsPrincipal user, IGrainFactory grains, MunicipalityRegistry registry)
    {
        if (!IsCohortId(cohortId))
            return ProblemResponses.Validation("cohortId", "Identyfikator kohorty może mieć 1–100 znaków: litery łacińskie, cyfry, '-', '_' lub '.'.");
        var saved = await grains.GetGrain<ICohortGrain>(cohortId).PutAsync(request.Name!.Trim(), request.Members!.Select(m => m!).ToArray(), user.Login());
        var response = CohortResponse.From(saved.Cohort);
        return saved.Created ? TypedResults.Created($"/api/cohorts/{cohortId}", response) : TypedResults.Ok(response);
    }

    internal static bool IsCohortId(string id) =>
        id.Length is > 0 and <= 100 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
