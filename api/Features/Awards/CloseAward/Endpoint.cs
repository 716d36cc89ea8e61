using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Awards;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Awards.CloseAward;

/// <summary><c>POST /api/awards/{awardId}/close</c> (coordinator): closes the vote and freezes the results; a second close is 409.</summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<AwardResultsResponse[]>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Post("{awardId}/close");
        Group<AwardsGroup>();
        Policies(Samoocena.Api.Auth.Policies.Coordinator);
    }

    public override Task<Results<Ok<AwardResultsResponse[]>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.AwardId, User, Resolve<IGrainFactory>());

    private static async Task<Results<Ok<AwardResultsResponse[]>, ProblemHttpResult>> Handle(
        string awardId, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Samoocena.Api.Features.Awards.DefineAward.Endpoint.IsAwardId(awardId)) return ProblemResponses.Result(404, Samoocena.Api.Features.Awards.GetAward.Endpoint.UnknownAward(awardId));
        var grain = grains.GetGrain<IAwardGrain>(awardId);
        var closure = await grain.CloseAsync(user.Login());
        await grains.RecordAdminActionAsync(user, "award.close", awardId);
        var edition = (await grain.GetAsync())!;
        return TypedResults.Ok(AwardResultsResponse.From(edition.Definition, closure));
    }
}
