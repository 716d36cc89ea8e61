namespace Samoocena.Questionnaires.Statistics;

/// <summary>
/// A unit's value against its peer group (methodology §2), with exactly the fields of api.md <c>PeerStats</c>.
/// Numbers are unrounded; <see cref="ForDisplay"/> gives the 2-decimal copy shown to people.
/// Distribution fields are null when no peer has a value (n = 0); rank, percentile and z are null when
/// the unit itself has no value.
/// </summary>
public sealed record PeerStats(
    string Group,
    int N,
    bool Widened,
    double? Value,
    double? Min,
    double? Q1,
    double? Median,
    double? Q3,
    double? Max,
    double? Mean,
    int? Rank,
    double? Percentile,
    string Band,
    double? Z,
    bool Outlier,
    string? Trend)
{
    public const string BandTop = "top";
    public const string BandMiddle = "middle";
    public const string BandBottom = "bottom";
    public const string BandNone = "none";

    public const string TrendImproving = "improving";
    public const string TrendWorsening = "worsening";
    public const string TrendUnchanged = "unchanged";

    /// <summary>A copy with every number rounded to 2 decimals (half away from zero), for APIs and exports.</summary>
    public PeerStats ForDisplay() => this with
    {
        Value = Scores.ForDisplay(Value),
        Min = Scores.ForDisplay(Min),
        Q1 = Scores.ForDisplay(Q1),
        Median = Scores.ForDisplay(Median),
        Q3 = Scores.ForDisplay(Q3),
        Max = Scores.ForDisplay(Max),
        Mean = Scores.ForDisplay(Mean),
        Percentile = Scores.ForDisplay(Percentile),
        Z = Scores.ForDisplay(Z),
    };
}
