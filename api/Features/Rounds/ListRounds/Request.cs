namespace Samoocena.Api.Features.Rounds.ListRounds;

/// <summary>What the client sends to GET <c>/api/questionnaires/{questionnaireId}/rounds</c>.</summary>
public sealed record Request
{
    [RouteParam] public string QuestionnaireId { get; init; } = "";

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
        }
    }
}
