using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Silo.Grains.Audit;

namespace Samoocena.Api.Features.Assessments;

/// <summary>
/// <c>GET /api/assessments/{questionnaireId}/{teryt}/audit</c> (coordinators, JST staff of the gmina): every change,
/// oldest first — <c>answer.set</c> (target = question id, old → new), <c>response.submit</c>, <c>response.draft</c>,
/// <c>consensus.set</c>, <c>close</c>, <c>reopen</c>, <c>version.pin</c> — with who and when.
/// </summary>
public sealed class GetAssessmentAudit : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/assessments/{questionnaireId}/{teryt}/audit", Handle).WithTags("Assessments");

    private static async Task<Ok<IReadOnlyList<AuditEntry>>> Handle(string questionnaireId, string teryt, HttpContext context)
    {
        var grain = await AssessmentAccess.OpenAsync(context, questionnaireId, teryt, coordinatorAllowed: true);
        return TypedResults.Ok(await grain.GetAuditAsync());
    }
}
