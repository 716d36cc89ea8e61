namespace Samoocena.Questionnaires.Scoring;

/// <summary>
/// An area's 0–100 score: the weighted mean of its scored themes, null when they carry less than 60 %
/// of the weight of its applicable themes.
/// </summary>
public sealed record AreaScore(
    string Id,
    string Title,
    double? Score,
    MaturityLevel? Level,
    double ScoredWeight,
    double ApplicableWeight);
