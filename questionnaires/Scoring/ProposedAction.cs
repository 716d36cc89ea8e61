namespace Samoocena.Questionnaires.Scoring;

/// <summary>
/// One entry of the institutional development plan: for a weak theme's lowest-valued question, the
/// practice of the next level. <see cref="CurrentLevel"/> is the effective value (a median may be 2.5);
/// <see cref="TargetLevel"/> = ⌊current⌋ + 1.
/// </summary>
public sealed record ProposedAction(
    string ThemeId,
    string ThemeTitle,
    double ThemeScore,
    string QuestionId,
    string QuestionText,
    double CurrentLevel,
    int TargetLevel,
    string TargetLabel,
    string Statement);
