namespace Samoocena.Silo.Grains.Assessments;

/// <summary>
/// Status words of an assessment and of one member's response, as the API shows them.
/// An assessment is <see cref="Draft"/> until a member submits, <see cref="InProgress"/> while at least one
/// submitted response exists, and <see cref="Closed"/> (frozen) after close until a coordinator reopens it.
/// </summary>
public static class AssessmentStatus
{
    public const string Draft = "draft";
    public const string InProgress = "in-progress";
    public const string Closed = "closed";

    /// <summary>A member's response that counts in the scores.</summary>
    public const string Submitted = "submitted";
}
