using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;

namespace Samoocena.Api.Features.Rankings.ComputeRanking;

/// <summary>
/// <c>POST /api/rankings/{rankingId}/{edition}/compute</c> (coordinator): computes a draft from the stored budget lines
/// → the draft as <c>GET</c> serves it; 404 unknown ranking or edition, 409 when the edition is published.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<RankingResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Post("{rankingId}/{edition}/compute");
        Group<RankingsGroup>();
        Policies(Samoocena.Api.Auth.Policies.Coordinator);
    }

    public override Task<Results<Ok<RankingResponse>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.RankingId, request.Edition, HttpContext, Resolve<IGrainFactory>());

    private static async Task<Results<Ok<RankingResponse>, ProblemHttpResult>> Handle(
        string rankingId, string edition, HttpContext context, IGrainFactory grains)
    {
        if (RankingRoute.Resolve(grains, rankingId, edition, out var grain) is { } problem) return problem;
        var computed = await grain.ComputeAsync(context.User.Login());
        return TypedResults.Ok(RankingResponse.From(computed,
            previous: await RankingRoute.PreviousAsync(grains, rankingId, computed.Snapshot!.Edition)));
    }
}
