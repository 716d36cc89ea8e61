namespace Samoocena.Api.Features.Municipalities.ListUnitCohorts;

/// <summary>What the client sends to GET <c>/api/municipalities/{teryt}/cohorts</c>.</summary>
public sealed record Request
{
    [RouteParam] public string Teryt { get; init; } = "";
}
