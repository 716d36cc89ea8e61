using Samoocena.Questionnaires.Rankings;
using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Silo.Grains.Rankings;

/// <summary>
/// One computed ranking edition with everything needed to show, export and recompute it by hand: the method's
/// parameters as they were used (weights, window, green rozdziały, Monte Carlo seed), every unit's inputs and
/// the results per category. A published edition keeps this snapshot unchanged.
/// </summary>
/// <param name="SyntheticUnitYears">Unit-years of the window that came from the demo generator (synthetic data).</param>
/// <param name="MethodVersion">The methodology version the edition was computed under ("1.1"); null in a snapshot
/// stored before versions were recorded, which was computed under 1.0 (<see cref="MethodVersionUsed"/>).</param>
[GenerateSerializer]
public sealed record RankingSnapshot(
    [property: Id(0)] string RankingId,
    [property: Id(1)] string Title,
    [property: Id(2)] int DefinitionVersion,
    [property: Id(3)] int Edition,
    [property: Id(4)] int FirstYear,
    [property: Id(5)] int LastYear,
    [property: Id(6)] DateTimeOffset ComputedAt,
    [property: Id(7)] string Method,
    [property: Id(8)] IReadOnlyList<RankingIndicator> Indicators,
    [property: Id(9)] IReadOnlyList<string> GreenRozdzialy,
    [property: Id(10)] IReadOnlyList<string> CapitalParagraphPrefixes,
    [property: Id(11)] IReadOnlyList<int> ExternalFundingFourthDigits,
    [property: Id(12)] double Coverage,
    [property: Id(13)] MonteCarloSettings MonteCarlo,
    [property: Id(14)] int LinesUsed,
    [property: Id(15)] int SyntheticUnitYears,
    [property: Id(16)] IReadOnlyList<GreenFinanceUnit> Inputs,
    [property: Id(17)] IReadOnlyList<RankingCategoryResult> Categories,
    [property: Id(18)] string? MethodVersion = null)
{
    /// <summary>The methodology version of this edition: the recorded one, else "1.0" (a method, so storage never writes it).</summary>
    public string MethodVersionUsed() => MethodVersion ?? Scores.FirstMethodVersion;
}

/// <summary>The ranking of one category: ranked rows in rank order (ties by TERYT) and the units left unranked.</summary>
[GenerateSerializer]
public sealed record RankingCategoryResult(
    [property: Id(0)] string Category,
    [property: Id(1)] IReadOnlyList<RankedUnit> Rows,
    [property: Id(2)] IReadOnlyList<UnrankedUnit> NotRanked);

/// <summary>A ranked unit; <see cref="Score"/> unrounded, ranks from the score as compared by the edition's method version; Monte Carlo rank interval p5–p95.</summary>
[GenerateSerializer]
public sealed record RankedUnit(
    [property: Id(0)] int Rank,
    [property: Id(1)] string Teryt,
    [property: Id(2)] string Name,
    [property: Id(3)] double Score,
    [property: Id(4)] string? Label,
    [property: Id(5)] double MedianRank,
    [property: Id(6)] int LowRank,
    [property: Id(7)] int HighRank);

/// <summary>A unit with budget lines that fails the coverage rule ("nieklasyfikowana").</summary>
[GenerateSerializer]
public sealed record UnrankedUnit(
    [property: Id(0)] string Teryt,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<string> MissingIndicators,
    [property: Id(3)] double CoveragePercent,
    [property: Id(4)] string Reason);
