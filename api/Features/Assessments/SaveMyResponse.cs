using Microsoft.AspNetCore.Http.HttpResults;
using System.Text.Json;

namespace Samoocena.Api.Features.Assessments;

/// <summary>
/// <c>PUT /api/assessments/{questionnaireId}/{teryt}/responses/me</c> <c>{answers}</c> (JST staff of the gmina):
/// partial save that merges into the caller's own response; null clears an answer. 422 names <c>answers.&lt;id&gt;</c>;
/// 409 once the assessment is closed. Changing a submitted response returns it to draft (submit again to count).
/// </summary>
public sealed class SaveMyResponse : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/api/assessments/{questionnaireId}/{teryt}/responses/me", Handle).WithTags("Assessments");

    private static async Task<Ok<MyResponseBody>> Handle(string questionnaireId, string teryt, JsonElement body, HttpContext context)
    {
        var grain = await AssessmentAccess.OpenAsync(context, questionnaireId, teryt, coordinatorAllowed: false);
        var answers = AnswersBody.Read(body);
        var progress = await grain.SaveResponseAsync(context.Login(), answers);
        return TypedResults.Ok(MyResponseBody.From(questionnaireId, teryt, progress));
    }
}
