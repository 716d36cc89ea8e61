using Microsoft.AspNetCore.Http.HttpResults;
using System.Text.Json;

namespace Samoocena.Api.Features.Assessments.SetConsensus;

/// <summary>
/// <c>PUT /api/assessments/{questionnaireId}/{teryt}/consensus</c> <c>{answers}</c> (JST staff of the gmina):
/// team-agreed values, merged (null clears one); they replace the members' median for those questions.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Ok<StatusBody>>
{
    public override void Configure()
    {
        Put("{questionnaireId}/{teryt}/consensus");
        Group<AssessmentsGroup>();
    }

    /// <summary>404 and 403 before 422: the resource and the caller's access are checked before the validator runs.</summary>
    public override Task OnBeforeValidateAsync(Request request, CancellationToken ct)
    {
        AssessmentAccess.Check(HttpContext, request.QuestionnaireId, request.Teryt, coordinatorAllowed: false);
        return Task.CompletedTask;
    }

    public override Task<Ok<StatusBody>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.QuestionnaireId, request.Teryt, request.Answers, HttpContext);

    private static async Task<Ok<StatusBody>> Handle(string questionnaireId, string teryt, JsonElement answers, HttpContext context)
    {
        var grain = await AssessmentAccess.OpenAsync(context, questionnaireId, teryt, coordinatorAllowed: false);
                return TypedResults.Ok(StatusBody.From(await grain.SetConsensusAsync(context.Login(), AnswersRules.ToDictionary(answers))));
    }
}
