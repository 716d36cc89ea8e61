using Samoocena.Questionnaires.Rankings;

namespace Samoocena.Silo.Grains.Rankings;

/// <summary>The ranking definitions the product serves (definitions/*.json of type "ranking"), by id.</summary>
public static class RankingCatalog
{
    public static IReadOnlyList<RankingDefinition> All { get; } = [RankingDefinition.GreenFinance];

    public static RankingDefinition? Find(string id) => All.FirstOrDefault(d => d.Id == id);

    /// <summary>The grain key of an edition: "zielone-finanse/2024".</summary>
    public static string KeyOf(string rankingId, int edition) => $"{rankingId}/{edition}";

    /// <summary>Every budget year some edition's window covers (the years an import accepts).</summary>
    public static (int First, int Last) BudgetYears =>
        (All.SelectMany(d => d.Editions).Min(e => e.FirstYear), All.SelectMany(d => d.Editions).Max(e => e.LastYear));

    public static bool CoversBudgetYear(int year) => All.SelectMany(d => d.Editions).Any(e => e.Covers(year));
}
