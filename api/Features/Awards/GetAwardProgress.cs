using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Awards;

namespace Samoocena.Api.Features.Awards;

/// <summary>
/// <c>GET /api/awards/{awardId}/progress</c> (coordinator): per juror and nominee <c>complete</c>, <c>incomplete</c>,
/// <c>none</c> or <c>conflict</c>, with counts; never a score value.
/// </summary>
public sealed class GetAwardProgress : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/awards/{awardId}/progress", Handle).RequireAuthorization(Policies.Coordinator).WithTags("Awards");

    private static async Task<Results<Ok<AwardProgress>, ProblemHttpResult>> Handle(string awardId, IGrainFactory grains)
    {
        if (!DefineAward.IsAwardId(awardId))
            return ProblemResponses.Result(404, GetAward.UnknownAward(awardId));
        return TypedResults.Ok(await grains.GetGrain<IAwardGrain>(awardId).GetProgressAsync());
    }
}
