using Microsoft.AspNetCore.Http.HttpResults;
namespace Samoocena.Api.Features.Assessments;

/// <summary><c>GET /api/assessments/{questionnaireId}/{teryt}/responses/me</c> (JST staff): resume — own answers, progress, missing required ids.</summary>
public sealed class GetMyResponse : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/assessments/{questionnaireId}/{teryt}/responses/me", Handle).WithTags("Assessments");

    private static async Task<Ok<MyResponseBody>> Handle(string questionnaireId, string teryt, HttpContext context)
    {
        var grain = await AssessmentAccess.OpenAsync(context, questionnaireId, teryt, coordinatorAllowed: false);
        return TypedResults.Ok(MyResponseBody.From(questionnaireId, teryt, await grain.GetResponseAsync(context.Login())));
    }
}
