namespace Samoocena.Api.Features.Rankings.PublishRanking;

/// <summary>What the client sends to POST <c>/api/rankings/{rankingId}/{edition}/publish</c>.</summary>
public sealed record Request
{
    [RouteParam] public string RankingId { get; init; } = "";
    [RouteParam] public string Edition { get; init; } = "";

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
        }
    }
}
