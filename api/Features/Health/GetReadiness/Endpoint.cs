using Microsoft.AspNetCore.Http.HttpResults;
using Orleans.Runtime;
using Samoocena.Silo.Storage;
using HealthResponse = Samoocena.Api.Features.Health.GetHealth.Response;

namespace Samoocena.Api.Features.Health.GetReadiness;

/// <summary>
/// <c>GET /health/ready</c>: open; 200 when this node is an active member of the cluster and reaches the database,
/// else 503 — for a load balancer deciding where to send requests. Reveals nothing else.
/// </summary>
public sealed class Endpoint(IClusterMembershipService membership, ILocalSiloDetails silo, StorageProbe storage)
    : EndpointWithoutRequest<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>>
{
    public override void Configure()
    {
        Get("ready");
        Group<HealthGroup>();
    }

    public override async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> ExecuteAsync(CancellationToken ct)
    {
        var joined = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress) == SiloStatus.Active;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        var reachable = joined && await storage.ReachableAsync(timeout.Token);
        return joined && reachable
            ? TypedResults.Ok(new HealthResponse("ready"))
            : TypedResults.Json(new HealthResponse("not-ready"), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
