using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Hosting;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Rankings;

namespace Samoocena.Api.Features.Rankings.GetRanking;

/// <summary>
/// <c>GET /api/rankings/{rankingId}/{edition}?category=GW</c> (any): the draft or published edition, all categories or
/// one; 404 when never computed, 422 for a category the ranking does not have.
/// </summary>
public sealed class Endpoint : Endpoint<Request, IResult>
{
    public override void Configure()
    {
        Get("{rankingId}/{edition}");
        Group<RankingsGroup>();
        Description(b => b.Produces<RankingResponse>().ProducesProblem(422));
    }

    public override Task<IResult> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.RankingId, request.Edition, request.Category, Resolve<IGrainFactory>(), Resolve<CachedJson>(), HttpContext);

    private static async Task<IResult> Handle(
        string rankingId, string edition, string? category, IGrainFactory grains, CachedJson cache, HttpContext context)
    {
        if (RankingRoute.Resolve(grains, rankingId, edition, out var grain) is { } problem) return problem;
        var definition = RankingCatalog.Find(rankingId)!;
        if (category is not null && !definition.Categories.Contains(category, StringComparer.Ordinal))
            return ProblemResponses.Validation("category",
                $"Ranking '{rankingId}' nie ma kategorii '{ProblemResponses.Echo(category, 20)}' (dostępne: {string.Join(", ", definition.Categories)}).");
        var status = await grain.GetAsync();
        if (status.Snapshot is null) return ProblemResponses.Result(404, RankingRoute.NotComputed(rankingId, edition));
        var previous = await RankingRoute.PreviousAsync(grains, rankingId, status.Snapshot.Edition);
        // The snapshot changes only by compute or publish, and every stored change bumps the grain's version; so does the
        // previous edition's, whose places the rows are compared with.
        var key = $"ranking/{rankingId}/{edition}/{category}/{status.Version}/{status.Snapshot.ComputedAt:O}" +
            $"/{previous?.Snapshot?.Edition}/{previous?.Version}/{previous?.Snapshot?.ComputedAt:O}";
        return cache.Serve(context, key, () => RankingResponse.From(status, category, previous));
    }
}
