namespace Samoocena.Api.Features.Health;

/// <summary><c>GET /health</c>: open, cheap, the load-test baseline.</summary>
public sealed class GetHealth : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/health", () => TypedResults.Ok(new HealthResponse("ok"))).AllowAnonymous().WithTags("System");

    public sealed record HealthResponse(string Status);
}
