using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;

namespace Samoocena.Api.Features.Assessments.ReopenAssessment;

/// <summary>
/// <c>POST /api/assessments/{questionnaireId}/{teryt}/reopen</c> (coordinators only): unfreezes a closed assessment,
/// which leaves the peer statistics until it is closed again; 409 when it is not closed.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Ok<StatusBody>>
{
    public override void Configure()
    {
        Post("{questionnaireId}/{teryt}/reopen");
        Group<AssessmentsGroup>();
        Policies(Samoocena.Api.Auth.Policies.Coordinator);
    }

    public override Task<Ok<StatusBody>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.QuestionnaireId, request.Teryt, HttpContext);

    private static async Task<Ok<StatusBody>> Handle(string questionnaireId, string teryt, HttpContext context)
    {
        var grain = await AssessmentAccess.OpenAsync(context, questionnaireId, teryt, coordinatorAllowed: true);
        return TypedResults.Ok(StatusBody.From(await grain.ReopenAsync(context.Login())));
    }
}
