using Microsoft.AspNetCore.Http.HttpResults;
namespace Samoocena.Api.Features.Assessments.GetMyResponse;

/// <summary><c>GET /api/assessments/{questionnaireId}/{teryt}/responses/me</c> (JST staff): resume — own answers, progress, missing required ids.</summary>
public sealed class Endpoint : Endpoint<Request, Ok<MyResponseBody>>
{
    public override void Configure()
    {
        Get("{questionnaireId}/{teryt}/responses/me");
        Group<AssessmentsGroup>();
    }

    public override Task<Ok<MyResponseBody>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.QuestionnaireId, request.Teryt, HttpContext);

    private static async Task<Ok<MyResponseBody>> Handle(string questionnaireId, string teryt, HttpContext context)
    {
        var grain = await AssessmentAccess.OpenAsync(context, questionnaireId, teryt, coordinatorAllowed: false);
        return TypedResults.Ok(MyResponseBody.From(questionnaireId, teryt, await grain.GetResponseAsync(context.Login())));
    }
}
