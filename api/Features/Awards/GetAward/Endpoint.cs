using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Awards;

namespace Samoocena.Api.Features.Awards.GetAward;

/// <summary><c>GET /api/awards/{awardId}</c> (any signed-in user): the edition's definition and status.</summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<AwardResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("{awardId}");
        Group<AwardsGroup>();
    }

    public override Task<Results<Ok<AwardResponse>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.AwardId, Resolve<IGrainFactory>());

    private static async Task<Results<Ok<AwardResponse>, ProblemHttpResult>> Handle(string awardId, IGrainFactory grains)
    {
        if (!Samoocena.Api.Features.Awards.DefineAward.Endpoint.IsAwardId(awardId) || await grains.GetGrain<IAwardGrain>(awardId).GetAsync() is not { } edition)
            return ProblemResponses.Result(404, Samoocena.Api.Features.Awards.GetAward.Endpoint.UnknownAward(awardId));
        return TypedResults.Ok(AwardResponse.From(edition));
    }

    internal static string UnknownAward(string awardId) =>
        $"Nie ma nagrody '{ProblemResponses.Echo(awardId, 64)}'.";
}
