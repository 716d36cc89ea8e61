namespace Samoocena.Questionnaires.Awards;

/// <summary>A category of an award edition (e.g. "Miasto na prawach powiatu").</summary>
public sealed record AwardCategory(string Id, string Name);
