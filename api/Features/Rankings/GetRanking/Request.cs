namespace Samoocena.Api.Features.Rankings.GetRanking;

/// <summary>What the client sends to GET <c>/api/rankings/{rankingId}/{edition}</c>.</summary>
public sealed record Request
{
    [RouteParam] public string RankingId { get; init; } = "";
    [RouteParam] public string Edition { get; init; } = "";
    [QueryParam, BindFrom("category")] public string? Category { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
        }
    }
}
