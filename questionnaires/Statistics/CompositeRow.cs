namespace Samoocena.Questionnaires.Statistics;

/// <summary>A ranked unit of a composite index.</summary>
/// <param name="Score">Unrounded composite: 0–100 for min-max, the weighted mean z for z-scores.</param>
/// <param name="Label"><c>Lider</c> (rank 1–3), <c>Laureat</c> (4–10) or null.</param>
/// <param name="Normalised">Normalised value per indicator, in the indicators' order; null where missing.</param>
public sealed record CompositeRow(string Unit, int Rank, double Score, string? Label, IReadOnlyList<double?> Normalised);
