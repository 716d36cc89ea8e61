namespace Samoocena.Questionnaires.Statistics;

/// <summary>
/// A unit's value against its peer group (methodology §2), with exactly the fields of api.md <c>PeerStats</c>.
/// Numbers are unrounded; <see cref="AsShown"/> gives the copy shown to people (methodology v1.1 §0).
/// Distribution fields are null when no peer has a value (n = 0); rank, percentile, z and outlier are null when
/// the unit itself has no value; percentile is null when n = 1 (band <c>none</c>); z and outlier are null when sd = 0.
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
    bool? Outlier,
    string? Trend)
{
    public const string BandTop = "top";
    public const string BandMiddle = "middle";
    public const string BandBottom = "bottom";
    public const string BandNone = "none";

    public const string TrendImproving = "improving";
    public const string TrendWorsening = "worsening";
    public const string TrendUnchanged = "unchanged";

    /// <summary>The group in words (<see cref="PeerLabels.Group"/>), e.g. "gminy wiejskie, 5–10 tys. mieszkańców".</summary>
    public string GroupLabel => PeerLabels.Group(Group, Widened);

    /// <summary>The band in words (<see cref="PeerLabels.Band"/>).</summary>
    public string BandLabel => PeerLabels.Band(Band);

    /// <summary>A copy with every number as shown (<see cref="Scores.AsShown(double)"/>), for APIs, pages and exports.</summary>
    public PeerStats AsShown() => this with
    {
        Value = Scores.AsShown(Value),
        Min = Scores.AsShown(Min),
        Q1 = Scores.AsShown(Q1),
        Median = Scores.AsShown(Median),
        Q3 = Scores.AsShown(Q3),
        Max = Scores.AsShown(Max),
        Mean = Scores.AsShown(Mean),
        Percentile = Scores.AsShown(Percentile),
        Z = Scores.AsShown(Z),
    };
}
