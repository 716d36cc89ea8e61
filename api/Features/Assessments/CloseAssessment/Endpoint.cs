using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Assessments.CloseAssessment;

/// <summary>
/// <c>POST /api/assessments/{questionnaireId}/{teryt}/close</c> (JST staff of the gmina, coordinators): freezes the
/// result. Requires at least one submitted response (else 422); 409 when already closed. Closed scores enter
/// other municipalities' peer statistics.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Ok<StatusBody>>
{
    public override void Configure()
    {
        Post("{questionnaireId}/{teryt}/close");
        Group<AssessmentsGroup>();
    }

    public override Task<Ok<StatusBody>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.QuestionnaireId, request.Teryt, HttpContext);

    private static async Task<Ok<StatusBody>> Handle(string questionnaireId, string teryt, HttpContext context)
    {
        var grain = await AssessmentAccess.OpenAsync(context, questionnaireId, teryt, coordinatorAllowed: true);
        var closed = await grain.CloseAsync(context.Login());
        await context.RecordAdminActionAsync("assessment.close", $"{questionnaireId}/{teryt}");
        return TypedResults.Ok(StatusBody.From(closed));
    }
}
