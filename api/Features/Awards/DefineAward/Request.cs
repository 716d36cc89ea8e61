using System.Text.Json;

namespace Samoocena.Api.Features.Awards.DefineAward;

/// <summary>What the client sends to PUT <c>/api/awards/{awardId}</c>.</summary>
public sealed record Request
{
    [RouteParam] public string AwardId { get; init; } = "";
    [FastEndpoints.FromBody] public JsonElement Body { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
        }
    }
}
