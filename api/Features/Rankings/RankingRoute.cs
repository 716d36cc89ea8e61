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

    public static string NotComputed(string rankingId, string edition) =>
        $"Ranking '{rankingId}' w edycji {edition} nie został jeszcze obliczony.";

    private static string Short(string s) => ProblemResponses.Echo(s, 40);
}
