namespace Samoocena.Questionnaires.Statistics;

/// <summary>A unit left out of a composite ranking by the coverage rule ("nieklasyfikowana").</summary>
/// <param name="MissingIndicators">Ids of the indicators the unit has no value for, in the indicators' order.</param>
/// <param name="CoveragePercent">Share of the total weight its present indicators carry, in percent (unrounded).</param>
/// <param name="Reason">The reason shown to people, in Polish.</param>
public sealed record NotRankedUnit(string Unit, IReadOnlyList<string> MissingIndicators, double CoveragePercent, string Reason);
