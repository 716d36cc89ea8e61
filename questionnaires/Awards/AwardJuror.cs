namespace Samoocena.Questionnaires.Awards;

/// <summary>A juror's login; a juror linked to a municipality (<see cref="Teryt"/>) may not score its nominees.</summary>
public sealed record AwardJuror(string Login, string? Teryt = null);
