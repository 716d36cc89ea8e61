using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Awards;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Awards;

/// <summary><c>POST /api/awards/{awardId}/close</c> (coordinator): closes the vote and freezes the results; a second close is 409.</summary>
public sealed class CloseAward : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/awards/{awardId}/close", Handle).RequireAuthorization(Policies.Coordinator).WithTags("Awards");

    private static async Task<Results<Ok<AwardResultsResponse[]>, ProblemHttpResult>> Handle(
        string awardId, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!DefineAward.IsAwardId(awardId)) return ProblemResponses.Result(404, GetAward.UnknownAward(awardId));
        var grain = grains.GetGrain<IAwardGrain>(awardId);
        var closure = await grain.CloseAsync(user.Login());
        await grains.RecordAdminActionAsync(user, "award.close", awardId);
        var edition = (await grain.GetAsync())!;
        return TypedResults.Ok(AwardResultsResponse.From(edition.Definition, closure));
    }
}
