using System.Globalization;
using Samoocena.Questionnaires.Rankings;
using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Silo.Grains.Rankings;

/// <summary>
/// Methodology §5 from inputs to results: per category, the composite of §4 over the units with lines
/// (<see cref="CompositeIndex"/>), the definition's labels, and the Monte Carlo rank intervals
/// (<see cref="MonteCarloRobustness"/>, the definition's replicas and seed). Pure: same inputs, same output.
/// The snapshot records the methodology version it was computed under (<see cref="Scores.MethodVersion"/>), which a
/// published edition keeps.
/// </summary>
public static class GreenFinanceRanking
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public static RankingSnapshot Compute(
        RankingDefinition definition, GreenFinanceInputs inputs, DateTimeOffset computedAt, int syntheticUnitYears)
    {
        var indicators = definition.Indicators.Select(i => new CompositeIndicator(i.Id, i.Weight, i.HigherIsBetter)).ToArray();
        var categories = new List<RankingCategoryResult>();
        foreach (var category in definition.Categories)
        {
            var units = inputs.Units.Where(u => u.Category == category).OrderBy(u => u.Teryt, StringComparer.Ordinal).ToArray();
            var byTeryt = units.ToDictionary(u => u.Teryt, StringComparer.Ordinal);
            var ids = units.Select(u => u.Teryt).ToArray();
            var values = units.Select(u => (IReadOnlyList<double?>)definition.Indicators.Select(i => u.Value(i.Id)).ToArray()).ToArray();
            var composite = CompositeIndex.Compute(ids, values, indicators);
            var robustness = composite.Rows.Count == 0 ? null
                : MonteCarloRobustness.Run(ids, values, indicators, definition.MonteCarlo.Replicas, (ulong)definition.MonteCarlo.Seed,
                    definition.MonteCarlo.WeightFactorMin, definition.MonteCarlo.WeightFactorMax, definition.MonteCarlo.ZScoreProbability);
            var rows = composite.Rows.Select(r =>
            {
                var mc = robustness![r.Unit];
                return new RankedUnit(r.Rank, r.Unit, byTeryt[r.Unit].Name, r.Score, definition.LabelFor(r.Rank),
                    mc.MedianRank, mc.LowRank, mc.HighRank);
            }).ToArray();
            var notRanked = composite.NotRanked
                .Select(n => new UnrankedUnit(n.Unit, byTeryt[n.Unit].Name, n.MissingIndicators, n.CoveragePercent,
                    Reason(definition, n.MissingIndicators, n.CoveragePercent)))
                .ToArray();
            categories.Add(new RankingCategoryResult(category, rows, notRanked));
        }
        var edition = inputs.Edition;
        return new RankingSnapshot(definition.Id, definition.Title, definition.Version, edition.Edition, edition.FirstYear,
            edition.LastYear, computedAt, definition.Method, definition.Indicators, definition.GreenRozdzialy,
            definition.CapitalParagraphPrefixes, definition.ExternalFundingFourthDigits, definition.Coverage,
            definition.MonteCarlo, inputs.LinesUsed, syntheticUnitYears, inputs.Units, categories, Scores.MethodVersion);
    }

    /// <summary>
    /// "Brak danych dla wskaźników: G1 (wydatki majątkowe w oknie równe 0), G4 (…); obecne wskaźniki niosą 55 % wagi,
    /// wymagane co najmniej 60 %." — the missing indicators with the definition's rule that made each one missing.
    /// </summary>
    public static string Reason(RankingDefinition definition, IReadOnlyList<string> missing, double coveragePercent)
    {
        var named = missing.Select(id =>
            definition.Indicators.FirstOrDefault(i => i.Id == id)?.MissingWhen is { } why ? $"{id} ({why})" : id);
        return $"Brak danych dla wskaźników: {string.Join(", ", named)}; obecne wskaźniki niosą "
            + $"{Scores.AsShown(coveragePercent).ToString("0.##", Polish)} % wagi, wymagane co najmniej "
            + $"{(100 * definition.Coverage).ToString("0.##", Polish)} %.";
    }
}
