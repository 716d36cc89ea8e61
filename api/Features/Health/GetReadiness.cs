using Orleans.Runtime;
using Samoocena.Silo.Storage;

namespace Samoocena.Api.Features.Health;

/// <summary>
/// <c>GET /health/ready</c>: open; 200 when this node is an active member of the cluster and reaches the database,
/// else 503 — for a load balancer deciding where to send requests. Reveals nothing else.
/// </summary>
public sealed class GetReadiness : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/health/ready", async Task<IResult> (IClusterMembershipService membership, ILocalSiloDetails silo,
                StorageProbe storage, CancellationToken cancellationToken) =>
            {
                var joined = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress) == SiloStatus.Active;
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(2));
                var reachable = joined && await storage.ReachableAsync(timeout.Token);
                return joined && reachable
                    ? TypedResults.Ok(new GetHealth.HealthResponse("ready"))
                    : TypedResults.Json(new GetHealth.HealthResponse("not-ready"), statusCode: StatusCodes.Status503ServiceUnavailable);
            })
            .AllowAnonymous().WithTags("System");
}
