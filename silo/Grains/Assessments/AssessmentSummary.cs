namespace Samoocena.Silo.Grains.Assessments;

/// <summary>
/// What the per-questionnaire index knows of one municipality's assessment: its status and team size,
/// and, for a CLOSED assessment only, the unrounded overall, area and theme scores (null = no score under
/// the coverage rule). Peer comparisons and cohort views read these.
/// </summary>
/// <param name="Respondents">Team members who saved at least one answer.</param>
/// <param name="Submitted">Members whose response is submitted (they enter the scores).</param>
/// <param name="Areas">Area id → score; empty unless closed.</param>
/// <param name="Themes">Theme id → score; empty unless closed.</param>
[GenerateSerializer, Immutable]
public sealed record AssessmentSummary(
    [property: Id(0)] string Status,
    [property: Id(1)] int Version,
    [property: Id(2)] int Respondents,
    [property: Id(3)] int Submitted,
    [property: Id(4)] double? Overall,
    [property: Id(5)] IReadOnlyDictionary<string, double?> Areas,
    [property: Id(6)] IReadOnlyDictionary<string, double?> Themes,
    [property: Id(7)] DateTimeOffset? ClosedAt,
    [property: Id(8)] bool Demo)
{
    public bool IsClosed => Status == AssessmentStatus.Closed;

    /// <summary>Same content (records compare dictionaries by reference, this compares their entries).</summary>
    public bool Matches(AssessmentSummary? other) =>
        other is not null && Status == other.Status && Version == other.Version && Respondents == other.Respondents
        && Submitted == other.Submitted && Overall == other.Overall && ClosedAt == other.ClosedAt && Demo == other.Demo
        && SameScores(Areas, other.Areas) && SameScores(Themes, other.Themes);

    private static bool SameScores(IReadOnlyDictionary<string, double?> x, IReadOnlyDictionary<string, double?> y)
    {
        if (x.Count != y.Count) return false;
        foreach (var (id, score) in x)
            if (!y.TryGetValue(id, out var other) || other != score) return false;
        return true;
    }
}
