namespace Samoocena.Questionnaires.Statistics;

/// <summary>A ranked unit's rank over the Monte Carlo replicas (methodology §4).</summary>
/// <param name="MedianRank">Type-7 median of the replica ranks (may be a half).</param>
/// <param name="LowRank">Type-7 5th percentile of the replica ranks, rounded half away from zero.</param>
/// <param name="HighRank">Type-7 95th percentile of the replica ranks, rounded half away from zero.</param>
/// <param name="AlwaysBeatsCount">How many units it ranks strictly above in every replica.</param>
public sealed record UnitRobustness(string Unit, double MedianRank, int LowRank, int HighRank, int AlwaysBeatsCount);
