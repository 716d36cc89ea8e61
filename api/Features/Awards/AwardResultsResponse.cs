using Samoocena.Questionnaires.Awards;
using Samoocena.Questionnaires.Statistics;
using Samoocena.Silo.Grains.Awards;

namespace Samoocena.Api.Features.Awards;

/// <summary>
/// The results of one category as api.md shows them: <c>{category, title, rows: [{place, nomineeId, name, score, countedSheets}]}</c>,
/// score rounded to 2 decimals for display (<see cref="Scores.AsShown(double?)"/>); place and score are null
/// for a nominee without any counted sheet.
/// </summary>
public sealed record AwardResultsResponse(string Category, string Title, IReadOnlyList<AwardResultsResponse.Row> Rows)
{
    public sealed record Row(int? Place, string NomineeId, string Name, double? Score, int CountedSheets);

    public static AwardResultsResponse[] From(AwardDefinition award, AwardClosure closure) =>
        closure.Results.Select(c => new AwardResultsResponse(
                c.Category,
                award.Categories.FirstOrDefault(k => k.Id == c.Category)?.Name ?? c.Category,
                c.Rows.Select(r => new Row(r.Place, r.NomineeId, r.Name, Scores.AsShown(r.Score), r.CountedSheets)).ToArray()))
            .ToArray();
}
