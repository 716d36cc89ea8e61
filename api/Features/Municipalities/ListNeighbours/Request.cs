namespace Samoocena.Api.Features.Municipalities.ListNeighbours;

/// <summary>What the client sends to GET <c>/api/municipalities/{teryt}/neighbours</c>.</summary>
public sealed record Request
{
    [RouteParam] public string Teryt { get; init; } = "";
    [QueryParam, BindFrom("k")] public string? K { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
        }
    }
}
