using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Awards;

namespace Samoocena.Api.Features.Awards.GetAwardResults;

/// <summary>
/// <c>GET /api/awards/{awardId}/results</c>: after the close, any signed-in user gets the frozen results per category;
/// before it everyone (coordinators too) gets 403, because the results are secret until the vote closes.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<AwardResultsResponse[]>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("{awardId}/results");
        Group<AwardsGroup>();
    }

    public override Task<Results<Ok<AwardResultsResponse[]>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.AwardId, Resolve<IGrainFactory>());

    private static async Task<Results<Ok<AwardResultsResponse[]>, ProblemHttpResult>> Handle(string awardId, IGrainFactory grains)
    {
        if (!Samoocena.Api.Features.Awards.DefineAward.Endpoint.IsAwardId(awardId)) return ProblemResponses.Result(404, Samoocena.Api.Features.Awards.GetAward.Endpoint.UnknownAward(awardId));
        var grain = grains.GetGrain<IAwardGrain>(awardId);
        var closure = await grain.GetResultsAsync();
        var edition = (await grain.GetAsync())!;
        return TypedResults.Ok(AwardResultsResponse.From(edition.Definition, closure));
    }
}
