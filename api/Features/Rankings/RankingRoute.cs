using System.Globalization;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Rankings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Samoocena.Api.Features.Rankings;

/// <summary>Resolves <c>{rankingId}/{edition}</c> of a route to the edition's grain, or the 404 problem naming what exists.</summary>
public static class RankingRoute
{
    public static ProblemHttpResult? Resolve(IGrainFactory grains, string rankingId, string edition, out IRankingGrain grain)
    {
        grain = null!;
        if (RankingCatalog.Find(rankingId) is not { } definition)
            return ProblemResponses.Result(404,
                $"Nie ma rankingu '{Short(rankingId)}' (dostępne: {string.Join(", ", RankingCatalog.All.Select(d => d.Id))}).");
        if (!int.TryParse(edition, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !definition.HasEdition(year))
            return ProblemResponses.Result(404,
                $"Ranking '{definition.Id}' nie ma edycji '{Short(edition)}' (dostępne: {string.Join(", ", definition.Editions.Select(e => e.Edition))}).");
        grain = grains.GetGrain<IRankingGrain>(RankingCatalog.KeyOf(definition.Id, year));
        return null;
    }

    /// <summary>
    /// The nearest earlier edition of the ranking that was computed (draft or published), the one whose places a row's
    /// change is measured against; null when there is none.
    /// </summary>
    public static async Task<RankingStatus?> PreviousAsync(IGrainFactory grains, string rankingId, int edition)
    {
        if (RankingCatalog.Find(rankingId) is not { } definition) return null;
        foreach (var earlier in definition.Editions.Where(e => e.Edition < edition).OrderByDescending(e => e.Edition))
        {
            var status = await grains.GetGrain<IRankingGrain>(RankingCatalog.KeyOf(definition.Id, earlier.Edition)).GetAsync();
            if (status.Snapshot is not null) return status;
        }
        return null;
    }

    public static string NotComputed(string rankingId, string edition) =>
        $"Ranking '{rankingId}' w edycji {edition} nie został jeszcze obliczony.";

    private static string Short(string s) => ProblemResponses.Echo(s, 40);
}
