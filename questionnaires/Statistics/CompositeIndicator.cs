namespace Samoocena.Questionnaires.Statistics;

/// <summary>An indicator entering a composite index (methodology §4): its id, weight and polarity.</summary>
/// <param name="HigherIsBetter">True for a stimulant (+), false for a destimulant (−).</param>
public sealed record CompositeIndicator(string Id, double Weight, bool HigherIsBetter = true);
