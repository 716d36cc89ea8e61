using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Assessments;

/// <summary>
/// <c>POST /api/assessments/{questionnaireId}/{teryt}/close</c> (JST staff of the gmina, coordinators): freezes the
/// result. Requires at least one submitted response (else 422); 409 when already closed. Closed scores enter
/// other municipalities' peer statistics.
/// </summary>
public sealed class CloseAssessment : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/assessments/{questionnaireId}/{teryt}/close", Handle).WithTags("Assessments");

    private static async Task<Ok<StatusBody>> Handle(string questionnaireId, string teryt, HttpContext context)
    {
        var grain = AssessmentAccess.Open(context, questionnaireId, teryt, coordinatorAllowed: true);
        var closed = await grain.CloseAsync(context.Login());
        await context.RecordAdminActionAsync("assessment.close", $"{questionnaireId}/{teryt}");
        return TypedResults.Ok(StatusBody.From(closed));
    }
}
