namespace Samoocena.Questionnaires.Scoring;

/// <summary>
/// A theme's 0–100 score, unrounded; null when the answered questions carry less than 60 % of the
/// applicable weight. <see cref="ApplicableWeight"/> excludes nd questions; 0 means the theme does not apply.
/// </summary>
public sealed record ThemeScore(
    string Id,
    string Title,
    double? Score,
    MaturityLevel? Level,
    double AnsweredWeight,
    double ApplicableWeight);
