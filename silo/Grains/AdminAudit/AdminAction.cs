namespace Samoocena.Silo.Grains.AdminAudit;

/// <summary>One admin action (api.md <c>GET /api/audit</c>): when, who, what kind, to what, and more when there is more.</summary>
/// <param name="Type">A stable name such as <c>user.created</c>, <c>metrics.import</c>, <c>ranking.publish</c>.</param>
[GenerateSerializer]
public sealed record AdminAction(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Actor,
    [property: Id(2)] string Type,
    [property: Id(3)] string Target,
    [property: Id(4)] string? Detail);
