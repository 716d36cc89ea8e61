namespace Samoocena.Api.Features.Rankings.GetRankingAudit;

/// <summary>What the client sends to GET <c>/api/rankings/{rankingId}/{edition}/audit</c>.</summary>
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
