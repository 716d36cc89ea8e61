namespace Samoocena.Api.Features.Maps.GetRankingMap;

/// <summary>What the client sends to GET <c>/api/maps/rankings/{rankingId}/{edition}.svg</c>.</summary>
public sealed record Request
{
    [RouteParam] public string RankingId { get; init; } = "";
    [RouteParam] public string Edition { get; init; } = "";
    [QueryParam, BindFrom("category")] public string? Category { get; init; }
    [QueryParam, BindFrom("highlight")] public string? Highlight { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
        }
    }
}
