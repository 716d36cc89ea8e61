using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;

namespace Samoocena.Api.Features.Assessments;

/// <summary>
/// <c>POST /api/assessments/{questionnaireId}/{teryt}/reopen</c> (coordinators only): unfreezes a closed assessment,
/// which leaves the peer statistics until it is closed again; 409 when it is not closed.
/// </summary>
public sealed class ReopenAssessment : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/assessments/{questionnaireId}/{teryt}/reopen", Handle)
            .RequireAuthorization(Policies.Coordinator).WithTags("Assessments");

    private static async Task<Ok<StatusBody>> Handle(string questionnaireId, string teryt, HttpContext context)
    {
        var grain = await AssessmentAccess.OpenAsync(context, questionnaireId, teryt, coordinatorAllowed: true);
        return TypedResults.Ok(StatusBody.From(await grain.ReopenAsync(context.Login())));
    }
}
