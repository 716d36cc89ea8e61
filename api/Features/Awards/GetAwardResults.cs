using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Awards;

namespace Samoocena.Api.Features.Awards;

/// <summary>
/// <c>GET /api/awards/{awardId}/results</c>: after the close, any signed-in user gets the frozen results per category;
/// before it everyone (coordinators too) gets 403, because the results are secret until the vote closes.
/// </summary>
public sealed class GetAwardResults : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/awards/{awardId}/results", Handle).WithTags("Awards");

    private static async Task<Results<Ok<AwardResultsResponse[]>, ProblemHttpResult>> Handle(string awardId, IGrainFactory grains)
    {
        if (!DefineAward.IsAwardId(awardId)) return ProblemResponses.Result(404, GetAward.UnknownAward(awardId));
        var grain = grains.GetGrain<IAwardGrain>(awardId);
        var closure = await grain.GetResultsAsync();
        var edition = (await grain.GetAsync())!;
        return TypedResults.Ok(AwardResultsResponse.From(edition.Definition, closure));
    }
}
