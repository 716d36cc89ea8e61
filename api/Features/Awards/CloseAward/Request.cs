namespace Samoocena.Api.Features.Awards.CloseAward;

/// <summary>What the client sends to POST <c>/api/awards/{awardId}/close</c>.</summary>
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
