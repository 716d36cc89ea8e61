using System.Text.Json;

namespace Samoocena.Api.Features.Metrics.PutMetrics;

/// <summary>What the client sends to PUT <c>/api/metrics/{teryt}/{year}</c>.</summary>
public sealed record Request
{
    [RouteParam] public string Teryt { get; init; } = "";
    [RouteParam] public string Year { get; init; } = "";
    public Dictionary<string, JsonElement>? Values { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
        }
    }
}
