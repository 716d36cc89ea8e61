using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Audit;
using Samoocena.Silo.Grains.Awards;

namespace Samoocena.Api.Features.Awards.GetAwardAudit;

/// <summary>
/// <c>GET /api/awards/{awardId}/audit</c> (coordinator): every change in order (score values hidden while the vote
/// is open) and, after the close, every juror's sheets with the total that counted.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<Response>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("{awardId}/audit");
        Group<AwardsGroup>();
        Policies(Samoocena.Api.Auth.Policies.Coordinator);
    }

    public override Task<Results<Ok<Response>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.AwardId, Resolve<IGrainFactory>());



    private static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(string awardId, IGrainFactory grains)
    {
        if (!Samoocena.Api.Features.Awards.DefineAward.Endpoint.IsAwardId(awardId)) return ProblemResponses.Result(404, Samoocena.Api.Features.Awards.GetAward.Endpoint.UnknownAward(awardId));
        var grain = grains.GetGrain<IAwardGrain>(awardId);
        var audit = await grain.GetAuditAsync();
        var award = (await grain.GetAsync())!.Definition;
        return TypedResults.Ok(new Response(audit.Closure is null ? "open" : "closed", audit.Closure?.ClosedAt, audit.Closure?.ClosedBy,
            audit.Entries, audit.Sheets?.Select(s => JurorSheetResponse.From(award, s)).ToArray()));
    }
}
