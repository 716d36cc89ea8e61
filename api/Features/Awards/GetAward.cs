using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Awards;

namespace Samoocena.Api.Features.Awards;

/// <summary><c>GET /api/awards/{awardId}</c> (any signed-in user): the edition's definition and status.</summary>
public sealed class GetAward : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/awards/{awardId}", Handle).WithTags("Awards");

    private static async Task<Results<Ok<AwardResponse>, ProblemHttpResult>> Handle(string awardId, IGrainFactory grains)
    {
        if (!DefineAward.IsAwardId(awardId) || await grains.GetGrain<IAwardGrain>(awardId).GetAsync() is not { } edition)
            return ProblemResponses.Result(404, GetAward.UnknownAward(awardId));
        return TypedResults.Ok(AwardResponse.From(edition));
    }

    internal static string UnknownAward(string awardId) =>
        $"Nie ma nagrody '{ProblemResponses.Echo(awardId, 64)}'.";
}
