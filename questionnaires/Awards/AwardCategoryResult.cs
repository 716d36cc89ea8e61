namespace Samoocena.Questionnaires.Awards;

/// <summary>The results of one category, best first.</summary>
public sealed record AwardCategoryResult(string Category, IReadOnlyList<AwardResultRow> Rows);
