namespace Samoocena.Api.Features.Awards.ListAwards;

/// <summary>One award edition in <c>GET /api/awards</c>: <c>{id, title, status}</c>, status <c>open</c> or <c>closed</c>.</summary>
public sealed record AwardSummary(string Id, string Title, string Status);
