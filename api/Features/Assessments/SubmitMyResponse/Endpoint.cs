using Samoocena.Api.Hosting;

namespace Samoocena.Api.Features.Assessments.SubmitMyResponse;

/// <summary>
/// <c>POST /api/assessments/{questionnaireId}/{teryt}/responses/me/submit</c> (JST staff): 422 with <c>errors</c>
/// listing each missing required question (<c>answers.&lt;id&gt;</c>), else <c>status: submitted</c>; 409 when closed.
/// </summary>
public sealed class Endpoint : Endpoint<Request, IResult>
{
    public override void Configure()
    {
        Post("{questionnaireId}/{teryt}/responses/me/submit");
        Group<AssessmentsGroup>();
        Description(b => b.Produces<MyResponseBody>());
    }

    public override Task<IResult> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.QuestionnaireId, request.Teryt, HttpContext);

    private static async Task<IResult> Handle(string questionnaireId, string teryt, HttpContext context)
    {
        var grain = await AssessmentAccess.OpenAsync(context, questionnaireId, teryt, coordinatorAllowed: false);
        return JsonBody.Ok(MyResponseBody.From(questionnaireId, teryt, await grain.SubmitAsync(context.Login())));
    }
}
