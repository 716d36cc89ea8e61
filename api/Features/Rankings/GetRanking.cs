using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Rankings;

namespace Samoocena.Api.Features.Rankings;

/// <summary>
/// <c>GET /api/rankings/{rankingId}/{edition}?category=GW</c> (any): the draft or published edition, all categories or
/// one; 404 when never computed, 422 for a category the ranking does not have.
/// </summary>
public sealed class GetRanking : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/rankings/{rankingId}/{edition}", Handle).WithTags("Rankings");

    private static async Task<Results<Ok<RankingResponse>, ProblemHttpResult>> Handle(
        string rankingId, string edition, string? category, IGrainFactory grains)
    {
        if (RankingRoute.Resolve(grains, rankingId, edition, out var grain) is { } problem) return problem;
        var definition = RankingCatalog.Find(rankingId)!;
        if (category is not null && !definition.Categories.Contains(category, StringComparer.Ordinal))
            return ProblemResponses.Validation("category",
                $"Ranking '{rankingId}' nie ma kategorii '{(category.Length > 20 ? category[..20] + "…" : category)}' (dostępne: {string.Join(", ", definition.Categories)}).");
        var status = await grain.GetAsync();
        if (status.Snapshot is null) return ProblemResponses.Result(404, RankingRoute.NotComputed(rankingId, edition));
        return TypedResults.Ok(RankingResponse.From(status, category));
    }
}
