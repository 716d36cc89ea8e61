namespace Samoocena.Questionnaires.Rankings;

/// <summary>A label given to ranks <see cref="FromRank"/>..<see cref="ToRank"/> (e.g. 1–3 "Lider").</summary>
public sealed record RankingLabel(int FromRank, int ToRank, string Label);
