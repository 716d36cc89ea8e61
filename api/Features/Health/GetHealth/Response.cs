namespace Samoocena.Api.Features.Health.GetHealth;

/// <summary><c>{status}</c>: <c>ok</c> (liveness), <c>ready</c> or <c>not-ready</c> (readiness).</summary>
public sealed record Response(string Status);
