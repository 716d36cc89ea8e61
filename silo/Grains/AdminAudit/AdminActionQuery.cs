namespace Samoocena.Silo.Grains.AdminAudit;

/// <summary>
/// A filter over the admin log. <see cref="Type"/> matches the type or, without a dot at its end, a family
/// (<c>user</c> matches <c>user.created</c>); <see cref="From"/> and <see cref="To"/> are inclusive.
/// </summary>
[GenerateSerializer]
public sealed record AdminActionQuery(
    [property: Id(0)] string? Type,
    [property: Id(1)] string? Actor,
    [property: Id(2)] DateTimeOffset? From,
    [property: Id(3)] DateTimeOffset? To,
    [property: Id(4)] int Skip,
    [property: Id(5)] int Take);

/// <summary>One page of the log, newest first, and how many entries match in all.</summary>
[GenerateSerializer]
public sealed record AdminActionPage(
    [property: Id(0)] IReadOnlyList<AdminAction> Actions,
    [property: Id(1)] int Total);
