namespace Samoocena.Silo.Grains.Rounds;

/// <summary>
/// One round (edition) of a questionnaire: the period in which JST teams fill it, and the definition version it was
/// opened with. Dates are whole days in Europe/Warsaw, both inclusive; a manual close (<see cref="ClosedAt"/>) ends the
/// round at once. Stored as JSON in <see cref="QuestionnaireRoundsState"/>: never rename a property.
/// </summary>
/// <param name="Id">Round id, <c>[a-z0-9-]{1,40}</c>; <c>1</c> is the round of the assessments made before rounds existed.</param>
/// <param name="OpensOn">First day of the round; null for round <c>1</c> of an upgraded database (open since ever).</param>
/// <param name="ClosesOn">Last day of the round; null = no closing date (only a manual close ends it).</param>
/// <param name="DefinitionVersion">The definition version pinned when the round was opened; 0 = the latest (the implicit round <c>1</c>).</param>
/// <param name="Demo">Synthetic demo round: the demo loader moves its dates with the clock.</param>
[GenerateSerializer, Immutable]
public sealed record AssessmentRound(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] DateOnly? OpensOn,
    [property: Id(3)] DateOnly? ClosesOn,
    [property: Id(4)] int DefinitionVersion,
    [property: Id(5)] DateTimeOffset? ClosedAt = null,
    [property: Id(6)] string? ClosedBy = null,
    [property: Id(7)] DateTimeOffset? CreatedAt = null,
    [property: Id(8)] bool Demo = false)
{
    /// <summary>The round every questionnaire has before a coordinator opens one: the assessments keyed without a round.</summary>
    public const string First = "1";

    /// <summary><see cref="RoundStatus.Planned"/>, <see cref="RoundStatus.Open"/> or <see cref="RoundStatus.Closed"/> on a day in Europe/Warsaw.</summary>
    public string StatusOn(DateOnly today) =>
        ClosedAt is not null ? RoundStatus.Closed
        : OpensOn is { } opens && today < opens ? RoundStatus.Planned
        : ClosesOn is { } closes && today > closes ? RoundStatus.Closed
        : RoundStatus.Open;

    /// <summary>The implicit round <c>1</c>: open, undated, scored on the latest definition version.</summary>
    public static AssessmentRound Implicit() => new(First, "Runda 1", null, null, 0);

    /// <summary>Round ids: lower-case letters, digits and hyphens, 1–40 characters.</summary>
    public static bool IsValidId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 40) return false;
        foreach (var c in id)
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')) return false;
        return true;
    }
}
