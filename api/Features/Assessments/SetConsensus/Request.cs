using System.Text.Json;

namespace Samoocena.Api.Features.Assessments.SetConsensus;

/// <summary>What the client sends to PUT <c>/api/assessments/{questionnaireId}/{teryt}/consensus</c>.</summary>
public sealed record Request
{
    [RouteParam] public string QuestionnaireId { get; init; } = "";
    [RouteParam] public string Teryt { get; init; } = "";
    [FastEndpoints.FromBody] public JsonElement Body { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
        }
    }
}
