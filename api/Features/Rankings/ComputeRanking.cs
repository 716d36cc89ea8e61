using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;

namespace Samoocena.Api.Features.Rankings;

/// <summary>
/// <c>POST /api/rankings/{rankingId}/{edition}/compute</c> (coordinator): computes a draft from the stored budget lines
/// → the draft as <c>GET</c> serves it; 404 unknown ranking or edition, 409 when the edition is published.
/// </summary>
public sealed class ComputeRanking : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/rankings/{rankingId}/{edition}/compute", Handle).RequireAuthorization(Policies.Coordinator).WithTags("Rankings");

    private static async Task<Results<Ok<RankingResponse>, ProblemHttpResult>> Handle(
        string rankingId, string edition, HttpContext context, IGrainFactory grains)
    {
        if (RankingRoute.Resolve(grains, rankingId, edition, out var grain) is { } problem) return problem;
        return TypedResults.Ok(RankingResponse.From(await grain.ComputeAsync(context.User.Login())));
    }
}
