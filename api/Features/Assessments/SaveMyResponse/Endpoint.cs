using Samoocena.Api.Hosting;
using System.Text.Json;

namespace Samoocena.Api.Features.Assessments.SaveMyResponse;

/// <summary>
/// <c>PUT /api/assessments/{questionnaireId}/{teryt}/responses/me</c> <c>{answers, notes?}</c> (JST staff of the gmina):
/// partial save that merges into the caller's own response; null clears an answer. 422 names <c>answers.&lt;id&gt;</c>;
/// 409 once the assessment is closed. Changing a submitted response returns it to draft (submit again to count).
/// The body goes out whole with its length (<see cref="JsonBody"/>): one send per save, the hot path's write.
/// </summary>
public sealed class Endpoint : Endpoint<Request, IResult>
{
    public override void Configure()
    {
        Put("{questionnaireId}/{teryt}/responses/me");
        Group<AssessmentsGroup>();
        Description(b => b.Produces<MyResponseBody>());
    }

    /// <summary>404 and 403 before 422: the resource and the caller's access are checked before the validator runs.</summary>
    public override Task OnBeforeValidateAsync(Request request, CancellationToken ct)
    {
        AssessmentAccess.Check(HttpContext, request.QuestionnaireId, request.Teryt, coordinatorAllowed: false);
        return Task.CompletedTask;
    }

    public override Task<IResult> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.QuestionnaireId, request.Teryt, request.Answers, request.Notes, HttpContext);

    private static async Task<IResult> Handle(string questionnaireId, string teryt, JsonElement answers, JsonElement notes, HttpContext context)
    {
        var grain = await AssessmentAccess.OpenAsync(context, questionnaireId, teryt, coordinatorAllowed: false);
        var progress = notes.ValueKind == JsonValueKind.Object
            ? await grain.SaveResponseWithNotesAsync(context.Login(), AnswersRules.ToDictionary(answers), AnswersRules.NotesToDictionary(notes))
            : await grain.SaveResponseAsync(context.Login(), AnswersRules.ToDictionary(answers));
        return JsonBody.Ok(MyResponseBody.From(questionnaireId, teryt, progress));
    }
}
