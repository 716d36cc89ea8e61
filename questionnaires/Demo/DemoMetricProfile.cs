namespace Samoocena.Questionnaires.Demo;

/// <summary>
/// How the synthetic values of one indicator are drawn: the typical value of a small rural gmina and of a
/// large city (interpolated by the unit's size/urbanisation score), the spread between units, bounds,
/// display decimals and the yearly relative drift. Synthetic, plausible magnitudes, not statistics.
/// </summary>
public sealed record DemoMetricProfile(double Rural, double Urban, double Sd, double Min, double Max, int Decimals, double Drift);
