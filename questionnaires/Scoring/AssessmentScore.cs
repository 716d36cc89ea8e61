namespace Samoocena.Questionnaires.Scoring;

/// <summary>
/// Everything methodology §3 derives from a team's answers. Scores are unrounded;
/// round with <see cref="Statistics.Scores"/> for comparison or display.
/// </summary>
/// <param name="Respondents">Submitted responses that entered the computation.</param>
/// <param name="Questions">One outcome per question, in definition order.</param>
/// <param name="Disagreements">Ids of the questions flagged for disagreement, in definition order.</param>
/// <param name="ActionPlan">Proposed actions, weakest theme first.</param>
public sealed record AssessmentScore(
    int Respondents,
    IReadOnlyList<QuestionOutcome> Questions,
    IReadOnlyList<string> Disagreements,
    IReadOnlyList<ThemeScore> Themes,
    IReadOnlyList<AreaScore> Areas,
    double? Overall,
    MaturityLevel? OverallLevel,
    IReadOnlyList<ProposedAction> ActionPlan);
