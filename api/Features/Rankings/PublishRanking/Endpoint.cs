using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Rankings.PublishRanking;

/// <summary>
/// <c>POST /api/rankings/{rankingId}/{edition}/publish</c> (coordinator): freezes the draft (inputs and outputs kept as
/// published) → the published edition; 409 when there is no draft or it is already published.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<RankingResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Post("{rankingId}/{edition}/publish");
        Group<RankingsGroup>();
        Policies(Samoocena.Api.Auth.Policies.Coordinator);
    }

    public override Task<Results<Ok<RankingResponse>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.RankingId, request.Edition, HttpContext, Resolve<IGrainFactory>());

    private static async Task<Results<Ok<RankingResponse>, ProblemHttpResult>> Handle(
        string rankingId, string edition, HttpContext context, IGrainFactory grains)
    {
        if (RankingRoute.Resolve(grains, rankingId, edition, out var grain) is { } problem) return problem;
        var published = await grain.PublishAsync(context.User.Login());
        await context.RecordAdminActionAsync("ranking.publish", $"{rankingId}/{edition}");
        return TypedResults.Ok(RankingResponse.From(published, previous: await RankingRoute.PreviousAsync(grains, rankingId, published.Snapshot!.Edition)));
    }
}
