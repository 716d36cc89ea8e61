using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Questionnaires.Awards;

/// <summary>
/// Jury results of methodology §6. Juror total = weighted mean of the criterion scores of a complete sheet;
/// nominee score = mean of the counted totals, trimmed (single highest and single lowest dropped) when five
/// or more counted; places per category by competition ranking of the score as shown (2 decimals, methodology v1.1
/// §0): equal shown scores share the place (ex aequo), listed by nominee id. A nominee without any counted sheet has no score and no place and is listed after
/// the placed ones, by nominee id, so the coordinator sees it was not forgotten.
/// </summary>
public static class AwardResults
{
    public const int MinScore = 0, MaxScore = 10, TrimFrom = 5;

    /// <inheritdoc cref="Compute(IReadOnlyList{AwardCategory}, IReadOnlyList{AwardCriterion}, IReadOnlyList{AwardNominee}, IEnumerable{JurorSheet})"/>
    public static IReadOnlyList<AwardCategoryResult> Compute(AwardDefinition award, IEnumerable<JurorSheet> sheets) =>
        Compute(award.Categories, award.Criteria, award.Nominees, sheets);

    /// <summary>
    /// Results per category in the order of <paramref name="categories"/>. Throws <see cref="ArgumentException"/>
    /// for a sheet of an unknown nominee or criterion, a score outside 0–10, or two sheets of one juror for one nominee.
    /// </summary>
    public static IReadOnlyList<AwardCategoryResult> Compute(
        IReadOnlyList<AwardCategory> categories,
        IReadOnlyList<AwardCriterion> criteria,
        IReadOnlyList<AwardNominee> nominees,
        IEnumerable<JurorSheet> sheets)
    {
        var totals = nominees.ToDictionary(n => n.Id, _ => new List<double>(), StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        foreach (var sheet in sheets)
        {
            if (!totals.TryGetValue(sheet.NomineeId, out var list))
                throw new ArgumentException($"Karta jurora '{sheet.Juror}' dotyczy nieznanej nominacji '{sheet.NomineeId}'.", nameof(sheets));
            if (!seen.Add((sheet.Juror, sheet.NomineeId)))
                throw new ArgumentException($"Juror '{sheet.Juror}' ma więcej niż jedną kartę dla nominacji '{sheet.NomineeId}'.", nameof(sheets));
            if (JurorTotal(criteria, sheet.Scores) is { } total) list.Add(total);
        }

        var results = new List<AwardCategoryResult>(categories.Count);
        foreach (var category in categories)
        {
            var inCategory = nominees.Where(n => n.Category == category.Id).ToArray();
            var scored = inCategory.Where(n => totals[n.Id].Count > 0)
                .Select(n => (Nominee: n, Score: NomineeScore(totals[n.Id])!.Value)).ToArray();
            var rows = Ranking.Order(scored, s => s.Score, s => s.Nominee.Id)
                .Select(r => new AwardResultRow(r.Rank, r.Item.Nominee.Id, r.Item.Nominee.Name, r.Item.Score, totals[r.Item.Nominee.Id].Count))
                .Concat(inCategory.Where(n => totals[n.Id].Count == 0)
                    .OrderBy(n => n.Id, StringComparer.Ordinal)
                    .Select(n => new AwardResultRow(null, n.Id, n.Name, null, 0)))
                .ToArray();
            results.Add(new AwardCategoryResult(category.Id, rows));
        }
        return results;
    }

    /// <summary>
    /// Σ wᵢ sᵢ / Σ wᵢ over all criteria when every criterion is scored, else null (the sheet does not count).
    /// Throws for an unknown criterion or a score outside 0–10.
    /// </summary>
    public static double? JurorTotal(IReadOnlyList<AwardCriterion> criteria, IReadOnlyDictionary<string, int> scores)
    {
        foreach (var (criterion, score) in scores)
        {
            if (!criteria.Any(c => c.Id == criterion))
                throw new ArgumentException($"Nieznane kryterium oceny '{criterion}'.", nameof(scores));
            if (score is < MinScore or > MaxScore)
                throw new ArgumentException($"Ocena za kryterium '{criterion}' musi być liczbą całkowitą 0–10, jest {score}.", nameof(scores));
        }
        double weighted = 0, weights = 0;
        foreach (var c in criteria)
        {
            if (!scores.TryGetValue(c.Id, out var s)) return null;
            weighted += c.Weight * s;
            weights += c.Weight;
        }
        return weighted / weights;
    }

    /// <summary>Mean of the counted totals; with five or more, the single highest and single lowest are dropped first. Null when none.</summary>
    public static double? NomineeScore(IReadOnlyList<double> totals)
    {
        if (totals.Count == 0) return null;
        var sorted = totals.Order().ToArray();
        var from = sorted.Length >= TrimFrom ? 1 : 0;
        var to = sorted.Length >= TrimFrom ? sorted.Length - 1 : sorted.Length;
        double sum = 0;
        for (var i = from; i < to; i++) sum += sorted[i];
        return sum / (to - from);
    }
}
