namespace Samoocena.Questionnaires.Awards;

/// <summary>A scoring criterion with its weight; jurors score it with an integer 0–10.</summary>
public sealed record AwardCriterion(string Id, string Name, double Weight);
