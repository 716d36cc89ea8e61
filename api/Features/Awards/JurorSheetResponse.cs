using Samoocena.Questionnaires.Awards;

namespace Samoocena.Api.Features.Awards;

/// <summary>
/// One juror's sheet for one nominee. <c>complete</c> = every criterion scored, so the sheet counts;
/// <c>total</c> is the weighted mean (methodology §6) rounded for display, null while incomplete.
/// </summary>
public sealed record JurorSheetResponse(
    string Juror, string NomineeId, string Name, string Category, IReadOnlyDictionary<string, int> Scores, bool Complete, double? Total)
{
    public static JurorSheetResponse From(AwardDefinition award, JurorSheet sheet)
    {
        var nominee = award.Nominees.Single(n => n.Id == sheet.NomineeId);
        var total = AwardResults.JurorTotal(award.Criteria, sheet.Scores);
        return new JurorSheetResponse(sheet.Juror, sheet.NomineeId, nominee.Name, nominee.Category, sheet.Scores, total is not null,
            Samoocena.Questionnaires.Statistics.Scores.AsShown(total));
    }
}
