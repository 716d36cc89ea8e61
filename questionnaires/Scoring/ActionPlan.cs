using Samoocena.Questionnaires.Definitions;
using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Questionnaires.Scoring;

/// <summary>
/// The action plan of methodology §3 (v1.1 writes these rules down as the engine applies them):
/// <list type="bullet">
/// <item>Only themes with a score take part; they are ordered by score as shown (2 decimals, §0), ties in definition order.</item>
/// <item>The plan covers the weakest three themes, or every theme shown below 40 when there are more of those.</item>
/// <item>A theme's "lowest-scored questions" are its scale questions with a value whose value equals the
/// theme's lowest (all ties), leaving out questions already at 4; yesno, number and choice questions have
/// no level statements and so give no action.</item>
/// <item>The current level is the team value (consensus, else the median; it can be fractional, e.g. 1.5); the target
/// is the next whole level above it, ⌊value⌋ + 1 (1.5 → 2, 2 → 3); a question at 4 gives no action; the statement
/// is that level's practice for the question.</item>
/// </list>
/// </summary>
public static class ActionPlan
{
    public const int WeakestThemes = 3;

    public const double WeakScore = 40;

    internal static IReadOnlyList<ProposedAction> Propose(ScoringPlan plan, ThemeScore[] themes, double[] values, bool[] hasValue)
    {
        var order = new List<int>(themes.Length);
        var below = 0;
        for (var t = 0; t < themes.Length; t++)
        {
            if (themes[t].Score is not { } score) continue;
            order.Add(t);
            if (Scores.AsShown(score) < WeakScore) below++;
        }
        order.Sort((x, y) =>
        {
            var byScore = Scores.AsShown(themes[x].Score!.Value).CompareTo(Scores.AsShown(themes[y].Score!.Value));
            return byScore != 0 ? byScore : x.CompareTo(y);
        });
        var take = Math.Min(order.Count, Math.Max(WeakestThemes, below));

        var actions = new List<ProposedAction>();
        for (var i = 0; i < take; i++)
        {
            var t = order[i];
            var lowest = double.PositiveInfinity;
            for (var q = plan.ThemeStart[t]; q < plan.ThemeStart[t + 1]; q++)
                if (IsCandidate(plan, q, values, hasValue) && values[q] < lowest) lowest = values[q];
            if (double.IsPositiveInfinity(lowest)) continue;

            var target = (int)Math.Floor(lowest) + 1;
            for (var q = plan.ThemeStart[t]; q < plan.ThemeStart[t + 1]; q++)
            {
                if (!IsCandidate(plan, q, values, hasValue) || values[q] != lowest) continue;
                var question = plan.Questions[q];
                actions.Add(new ProposedAction(
                    themes[t].Id, themes[t].Title, themes[t].Score!.Value,
                    question.Id, question.Text, values[q], target,
                    LabelOf(question, target), plan.Statements[q][target] ?? ""));
            }
        }
        return actions;
    }

    private static string LabelOf(Question question, int level)
    {
        foreach (var candidate in question.Levels ?? [])
            if (candidate.Value == level) return candidate.Label;
        return ScaleLevel.StandardLabels[level];
    }

    private static bool IsCandidate(ScoringPlan plan, int q, double[] values, bool[] hasValue) =>
        hasValue[q] && plan.Questions[q].Kind == QuestionKind.Scale && values[q] < 4;
}
