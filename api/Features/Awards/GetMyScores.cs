using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Awards;

namespace Samoocena.Api.Features.Awards;

/// <summary><c>GET /api/awards/{awardId}/scores/me</c> (jury, a juror of the edition): the caller's own sheets only.</summary>
public sealed class GetMyScores : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/awards/{awardId}/scores/me", Handle).RequireAuthorization(Policies.Jury).WithTags("Awards");

    private static async Task<Results<Ok<JurorSheetResponse[]>, ProblemHttpResult>> Handle(
        string awardId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var grain = grains.GetGrain<IAwardGrain>(awardId);
        if (!DefineAward.IsAwardId(awardId) || await grain.GetAsync() is not { } edition)
            return ProblemResponses.Result(404, GetAward.UnknownAward(awardId));
        var sheets = await grain.SheetsOfAsync(user.Login());
        return TypedResults.Ok(sheets.Select(s => JurorSheetResponse.From(edition.Definition, s)).ToArray());
    }
}
