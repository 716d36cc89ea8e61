namespace Samoocena.Api.Features.Rounds.CloseRound;

/// <summary>What the client sends to POST <c>/api/questionnaires/{questionnaireId}/rounds/{round}/close</c>.</summary>
public sealed record Request
{
    [RouteParam] public string QuestionnaireId { get; init; } = "";
    [RouteParam] public string Round { get; init; } = "";

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
        }
    }
}
