using Samoocena.Api.Hosting;

namespace Samoocena.Api.Features.Assessments.GetMyResponse;

/// <summary><c>GET /api/assessments/{questionnaireId}/{teryt}/responses/me</c> (JST staff): resume — own answers, progress, missing required ids.</summary>
public sealed class Endpoint : Endpoint<Request, IResult>
{
    public override void Configure()
    {
        Get("{questionnaireId}/{teryt}/responses/me");
        Group<AssessmentsGroup>();
        Description(b => b.Produces<MyResponseBody>());
    }

    public override Task<IResult> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.QuestionnaireId, request.Teryt, HttpContext);

    private static async Task<IResult> Handle(string questionnaireId, string teryt, HttpContext context)
    {
        var grain = await AssessmentAccess.OpenAsync(context, questionnaireId, teryt, coordinatorAllowed: false);
        return JsonBody.Ok(MyResponseBody.From(questionnaireId, teryt, await grain.GetResponseAsync(context.Login())));
    }
}
