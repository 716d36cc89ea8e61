using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Rankings;

/// <summary>
/// <c>POST /api/rankings/{rankingId}/{edition}/publish</c> (coordinator): freezes the draft (inputs and outputs kept as
/// published) → the published edition; 409 when there is no draft or it is already published.
/// </summary>
public sealed class PublishRanking : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/rankings/{rankingId}/{edition}/publish", Handle).RequireAuthorization(Policies.Coordinator).WithTags("Rankings");

    private static async Task<Results<Ok<RankingResponse>, ProblemHttpResult>> Handle(
        string rankingId, string edition, HttpContext context, IGrainFactory grains)
    {
        if (RankingRoute.Resolve(grains, rankingId, edition, out var grain) is { } problem) return problem;
        var published = await grain.PublishAsync(context.User.Login());
        await context.RecordAdminActionAsync("ranking.publish", $"{rankingId}/{edition}");
        return TypedResults.Ok(RankingResponse.From(published));
    }
}
