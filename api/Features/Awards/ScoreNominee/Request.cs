using System.Text.Json;

namespace Samoocena.Api.Features.Awards.ScoreNominee;

/// <summary>What the client sends to PUT <c>/api/awards/{awardId}/scores/{nomineeId}</c>.</summary>
public sealed record Request
{
    [RouteParam] public string AwardId { get; init; } = "";
    [RouteParam] public string NomineeId { get; init; } = "";
    [FastEndpoints.FromBody] public JsonElement Body { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
        }
    }
}
