namespace Samoocena.Api.Features.Health.GetHealth;

/// <summary><c>GET /health</c>: open, cheap, the load-test baseline.</summary>
public sealed class Endpoint : EndpointWithoutRequest<Response>
{
    private static readonly Response Ok = new("ok");

    public override void Configure()
    {
        Get("");
        Group<HealthGroup>();
    }

    public override Task<Response> ExecuteAsync(CancellationToken ct) => Task.FromResult(Ok);
}
