using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Awards;

namespace Samoocena.Api.Features.Awards.GetMyScores;

/// <summary><c>GET /api/awards/{awardId}/scores/me</c> (jury, a juror of the edition): the caller's own sheets only.</summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<JurorSheetResponse[]>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("{awardId}/scores/me");
        Group<AwardsGroup>();
        Policies(Samoocena.Api.Auth.Policies.Jury);
    }

    public override Task<Results<Ok<JurorSheetResponse[]>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.AwardId, User, Resolve<IGrainFactory>());

    private static async Task<Results<Ok<JurorSheetResponse[]>, ProblemHttpResult>> Handle(
        string awardId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var grain = grains.GetGrain<IAwardGrain>(awardId);
        if (!Samoocena.Api.Features.Awards.DefineAward.Endpoint.IsAwardId(awardId) || await grain.GetAsync() is not { } edition)
            return ProblemResponses.Result(404, Samoocena.Api.Features.Awards.GetAward.Endpoint.UnknownAward(awardId));
        var sheets = await grain.SheetsOfAsync(user.Login());
        return TypedResults.Ok(sheets.Select(s => JurorSheetResponse.From(edition.Definition, s)).ToArray());
    }
}
