namespace Samoocena.Api.Features.Awards.GetMyScores;

/// <summary>What the client sends to GET <c>/api/awards/{awardId}/scores/me</c>.</summary>
public sealed record Request
{
    [RouteParam] public string AwardId { get; init; } = "";

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
        }
    }
}
