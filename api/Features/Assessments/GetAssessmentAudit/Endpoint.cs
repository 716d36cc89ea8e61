using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Silo.Grains.Audit;

namespace Samoocena.Api.Features.Assessments.GetAssessmentAudit;

/// <summary>
/// <c>GET /api/assessments/{questionnaireId}/{teryt}/audit</c> (coordinators, JST staff of the gmina): every change,
/// oldest first — <c>answer.set</c> (target = question id, old → new), <c>response.submit</c>, <c>response.draft</c>,
/// <c>consensus.set</c>, <c>close</c>, <c>reopen</c>, <c>version.pin</c> — with who and when.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Ok<IReadOnlyList<AuditEntry>>>
{
    public override void Configure()
    {
        Get("{questionnaireId}/{teryt}/audit");
        Group<AssessmentsGroup>();
    }

    public override Task<Ok<IReadOnlyList<AuditEntry>>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.QuestionnaireId, request.Teryt, HttpContext);

    private static async Task<Ok<IReadOnlyList<AuditEntry>>> Handle(string questionnaireId, string teryt, HttpContext context)
    {
        var grain = await AssessmentAccess.OpenAsync(context, questionnaireId, teryt, coordinatorAllowed: true);
        return TypedResults.Ok(await grain.GetAuditAsync());
    }
}
