using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Features.Assessments.ListResponses;

/// <summary>
/// <c>GET /api/assessments/{questionnaireId}/{teryt}/responses</c> (JST staff of the gmina, coordinators): each member's
/// own response for the consensus step, in login order — every member who saved an answer or a note, submitted or not.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Ok<Response[]>>
{
    public override void Configure()
    {
        Get("{questionnaireId}/{teryt}/responses");
        Group<AssessmentsGroup>();
    }

    public override Task<Ok<Response[]>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.QuestionnaireId, request.Teryt, HttpContext);

    private static async Task<Ok<Response[]>> Handle(string questionnaireId, string teryt, HttpContext context)
    {
        var grain = await AssessmentAccess.OpenAsync(context, questionnaireId, teryt, coordinatorAllowed: true);
        var members = await grain.GetResponsesAsync();
        var grains = context.RequestServices.GetRequiredService<IGrainFactory>();
        var accounts = await Task.WhenAll(members.Select(m => grains.GetGrain<IUserGrain>(m.Login).GetAsync()));
        return TypedResults.Ok(members.Select((m, i) => new Response(m.Login, accounts[i]?.DisplayName, m.Status, m.Answered, m.Total,
            m.SubmittedAt, m.Answers, m.Notes)).ToArray());
    }
}
