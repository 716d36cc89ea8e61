namespace Samoocena.Api.Features.Assessments.ReopenAssessment;

/// <summary>What the client sends to POST <c>/api/assessments/{questionnaireId}/{teryt}/reopen</c>.</summary>
public sealed record Request
{
    [RouteParam] public string QuestionnaireId { get; init; } = "";
    [RouteParam] public string Teryt { get; init; } = "";

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
        }
    }
}
