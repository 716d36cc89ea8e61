using Microsoft.AspNetCore.Http.HttpResults;
using System.Text.Json;

namespace Samoocena.Api.Features.Assessments;

/// <summary>
/// <c>PUT /api/assessments/{questionnaireId}/{teryt}/consensus</c> <c>{answers}</c> (JST staff of the gmina):
/// team-agreed values, merged (null clears one); they replace the members' median for those questions.
/// </summary>
public sealed class SetConsensus : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/api/assessments/{questionnaireId}/{teryt}/consensus", Handle).WithTags("Assessments");

    private static async Task<Ok<StatusBody>> Handle(string questionnaireId, string teryt, JsonElement body, HttpContext context)
    {
        var grain = await AssessmentAccess.OpenAsync(context, questionnaireId, teryt, coordinatorAllowed: false);
        var answers = AnswersBody.Read(body);
        return TypedResults.Ok(StatusBody.From(await grain.SetConsensusAsync(context.Login(), answers)));
    }
}
