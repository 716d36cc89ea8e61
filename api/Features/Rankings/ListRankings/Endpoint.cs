using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Silo.Grains.Rankings;

namespace Samoocena.Api.Features.Rankings.ListRankings;

/// <summary>
/// <c>GET /api/rankings</c> (any): the rankings and their editions with status
/// → <c>[{id, title, version, categories, editions: [{edition, firstYear, lastYear, status, computedAt, publishedAt}]}]</c>.
/// </summary>
public sealed class Endpoint : EndpointWithoutRequest<Ok<Ranking[]>>
{
    public override void Configure()
    {
        Get("");
        Group<RankingsGroup>();
    }

    public override Task<Ok<Ranking[]>> ExecuteAsync(CancellationToken ct) =>
        Handle(Resolve<IGrainFactory>());





    private static async Task<Ok<Ranking[]>> Handle(IGrainFactory grains)
    {
        var result = new List<Ranking>();
        foreach (var d in RankingCatalog.All)
        {
            var statuses = await Task.WhenAll(d.Editions.Select(e => grains.GetGrain<IRankingGrain>(RankingCatalog.KeyOf(d.Id, e.Edition)).GetAsync()));
            result.Add(new Ranking(d.Id, d.Title, d.Version, d.Categories, d.Editions.Select((e, i) =>
                new EditionStatus(e.Edition, e.FirstYear, e.LastYear, statuses[i].Status, statuses[i].Snapshot?.ComputedAt, statuses[i].PublishedAt)).ToArray()));
        }
        return TypedResults.Ok(result.ToArray());
    }
}
