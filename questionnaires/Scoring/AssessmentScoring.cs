using Samoocena.Questionnaires.Definitions;
using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Questionnaires.Scoring;

/// <summary>
/// Methodology §3: the team's effective value per question, disagreement flags, theme, area and
/// overall scores with the 60 % coverage rule, maturity levels and the action plan.
/// Pure and allocation-light: one pass over the flattened <see cref="ScoringPlan"/>.
/// Disagreement compares the members' levels only (nd is not a level); a question nobody answered has no value
/// and counts as missing weight; a theme with no applicable weight (all nd, or only unscored questions) is left
/// out of its area's weight, and an area with no applicable theme out of the overall.
/// </summary>
public static class AssessmentScoring
{
    /// <summary>Scores a team. Pass only SUBMITTED responses; <paramref name="consensus"/> holds the agreed values (may be null).</summary>
    public static AssessmentScore Score(
        QuestionnaireDefinition definition,
        IReadOnlyList<IReadOnlyDictionary<string, Answer>> responses,
        IReadOnlyDictionary<string, Answer>? consensus = null)
    {
        var plan = ScoringPlan.For(definition);
        var n = plan.QuestionCount;
        var values = new double[n];
        var hasValue = new bool[n];
        var notApplicable = new bool[n];
        var outcomes = new QuestionOutcome[n];
        var disagreements = new List<string>();
        var levels = new double[responses.Count];

        for (var q = 0; q < n; q++)
        {
            var id = plan.Questions[q].Id;
            int count = 0, nd = 0, answered = 0;
            for (var r = 0; r < responses.Count; r++)
            {
                if (!responses[r].TryGetValue(id, out var answer) || answer.Kind == AnswerKind.None) continue;
                answered++;
                if (answer.IsNotApplicable) nd++;
                else if (plan.TryLevel(q, answer, out var level)) levels[count++] = level;
            }
            var members = levels.AsSpan(0, count);
            members.Sort();
            var disagreement = count >= 2 && members[^1] - members[0] >= 2;
            if (disagreement) disagreements.Add(id);

            var fromConsensus = false;
            if (consensus is not null && consensus.TryGetValue(id, out var agreed) && agreed.Kind != AnswerKind.None)
            {
                fromConsensus = true;
                if (agreed.IsNotApplicable) notApplicable[q] = true;
                else hasValue[q] = plan.TryLevel(q, agreed, out values[q]);
            }
            else if (count > 0)
            {
                hasValue[q] = true;
                values[q] = Median(members);
            }
            else if (answered > 0 && nd == answered)
            {
                notApplicable[q] = true;
            }
            outcomes[q] = new QuestionOutcome(id, plan.Scored[q], hasValue[q] ? values[q] : null,
                notApplicable[q], fromConsensus, answered, disagreement);
        }

        var themeScores = ScoreThemes(plan, values, hasValue, notApplicable, out var themeApplicable);
        var areaScores = ScoreAreas(plan, themeScores, themeApplicable, out var areaApplicable);

        double present = 0, total = 0, sum = 0;
        var areas = definition.Areas;
        for (var a = 0; a < areas.Count; a++)
        {
            if (!areaApplicable[a]) continue;
            total += areas[a].Weight;
            if (areaScores[a].Score is not { } score) continue;
            present += areas[a].Weight;
            sum += areas[a].Weight * score;
        }
        double? overall = Coverage.IsMet(present, total) ? sum / present : null;

        return new AssessmentScore(
            responses.Count, outcomes, disagreements, themeScores, areaScores,
            overall, MaturityLevel.Of(overall), ActionPlan.Propose(plan, themeScores, values, hasValue));
    }

    /// <summary>The score of one response on its own (a member's preview): the same rules with a team of one.</summary>
    public static AssessmentScore ScoreResponse(QuestionnaireDefinition definition, IReadOnlyDictionary<string, Answer> response) =>
        Score(definition, [response]);

    /// <summary>Median of sorted values; the mean of the two middle ones for an even count.</summary>
    public static double Median(ReadOnlySpan<double> sorted)
    {
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static ThemeScore[] ScoreThemes(ScoringPlan plan, double[] values, bool[] hasValue, bool[] notApplicable, out bool[] applicable)
    {
        var themes = plan.Themes;
        var scores = new ThemeScore[themes.Length];
        applicable = new bool[themes.Length];
        for (var t = 0; t < themes.Length; t++)
        {
            double answeredWeight = 0, applicableWeight = 0, sum = 0;
            for (var q = plan.ThemeStart[t]; q < plan.ThemeStart[t + 1]; q++)
            {
                if (!plan.Scored[q] || notApplicable[q]) continue;
                var weight = plan.Questions[q].Weight;
                applicableWeight += weight;
                if (!hasValue[q]) continue;
                answeredWeight += weight;
                sum += weight * (values[q] / 4);
            }
            applicable[t] = applicableWeight > 0;
            double? score = Coverage.IsMet(answeredWeight, applicableWeight) ? 100 * sum / answeredWeight : null;
            scores[t] = new ThemeScore(themes[t].Id, themes[t].Title, score, MaturityLevel.Of(score), answeredWeight, applicableWeight);
        }
        return scores;
    }

    private static AreaScore[] ScoreAreas(ScoringPlan plan, ThemeScore[] themeScores, bool[] themeApplicable, out bool[] applicable)
    {
        var areas = plan.Definition.Areas;
        var scores = new AreaScore[areas.Count];
        applicable = new bool[areas.Count];
        for (var a = 0; a < areas.Count; a++)
        {
            double scoredWeight = 0, applicableWeight = 0, sum = 0;
            for (var t = plan.AreaStart[a]; t < plan.AreaStart[a + 1]; t++)
            {
                // A theme whose every question is nd does not apply, like an nd question in a theme.
                if (!themeApplicable[t]) continue;
                var weight = plan.Themes[t].Weight;
                applicableWeight += weight;
                if (themeScores[t].Score is not { } score) continue;
                scoredWeight += weight;
                sum += weight * score;
            }
            applicable[a] = applicableWeight > 0;
            double? areaScore = Coverage.IsMet(scoredWeight, applicableWeight) ? sum / scoredWeight : null;
            scores[a] = new AreaScore(areas[a].Id, areas[a].Title, areaScore, MaturityLevel.Of(areaScore), scoredWeight, applicableWeight);
        }
        return scores;
    }
}
