using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Awards;

namespace Samoocena.Api.Features.Awards.GetAwardProgress;

/// <summary>
/// <c>GET /api/awards/{awardId}/progress</c> (coordinator): per juror and nominee <c>complete</c>, <c>incomplete</c>,
/// <c>none</c> or <c>conflict</c>, with counts; never a score value.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<AwardProgress>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("{awardId}/progress");
        Group<AwardsGroup>();
        Policies(Samoocena.Api.Auth.Policies.Coordinator);
    }

    public override Task<Results<Ok<AwardProgress>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.AwardId, Resolve<IGrainFactory>());

    private static async Task<Results<Ok<AwardProgress>, ProblemHttpResult>> Handle(string awardId, IGrainFactory grains)
    {
        if (!Samoocena.Api.Features.Awards.DefineAward.Endpoint.IsAwardId(awardId))
            return ProblemResponses.Result(404, Samoocena.Api.Features.Awards.GetAward.Endpoint.UnknownAward(awardId));
        return TypedResults.Ok(await grains.GetGrain<IAwardGrain>(awardId).GetProgressAsync());
    }
}
