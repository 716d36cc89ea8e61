using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Features.Questionnaires;
using Samoocena.Silo.Grains.Errors;
using Samoocena.Silo.Grains.Rounds;

namespace Samoocena.Api.Features.Rounds.ListRounds;

/// <summary>
/// <c>GET /api/questionnaires/{questionnaireId}/rounds</c> (any signed-in user): every round, oldest first, with its
/// status today (Europe/Warsaw). Without any round opened, the list is round <c>1</c>: the assessments made before rounds.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Ok<RoundResponse[]>>
{
    public override void Configure()
    {
        Get("{questionnaireId}/rounds");
        Group<RoundsGroup>();
    }

    public override Task<Ok<RoundResponse[]>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.QuestionnaireId, HttpContext, Resolve<IGrainFactory>(), Resolve<TimeProvider>());

    private static async Task<Ok<RoundResponse[]>> Handle(string questionnaireId, HttpContext context, IGrainFactory grains, TimeProvider time)
    {
        var catalog = context.Catalog();
        if (catalog.Latest(questionnaireId) is null) throw new NotFoundException(QuestionnaireDefinitions.Unknown(questionnaireId));
        var rounds = await grains.GetGrain<IQuestionnaireRoundsGrain>(questionnaireId).GetAsync();
        var today = RoundCalendar.Today(time);
        return TypedResults.Ok(rounds.Rounds.Select(r => RoundResponse.From(r, today, catalog, questionnaireId)).ToArray());
    }
}
