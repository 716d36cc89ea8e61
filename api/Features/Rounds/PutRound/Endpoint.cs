using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Features.Questionnaires;
using Samoocena.Silo.Grains.Errors;
using Samoocena.Silo.Grains.Rounds;

namespace Samoocena.Api.Features.Rounds.PutRound;

/// <summary>
/// <c>PUT /api/questionnaires/{questionnaireId}/rounds/{round}</c> <c>{title, opensOn, closesOn}</c> (coordinator): opens a
/// round pinned to the latest definition version (201), or changes an existing round's title and dates (200; its
/// version and a manual close stay). 422 names <c>round</c>, <c>title</c>, <c>opensOn</c> or <c>closesOn</c>.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<RoundResponse>, Created<RoundResponse>>>
{
    public override void Configure()
    {
        Put("{questionnaireId}/rounds/{round}");
        Group<RoundsGroup>();
        Policies(Samoocena.Api.Auth.Policies.Coordinator);
    }

    /// <summary>404 before 422: the questionnaire is checked before the validator runs.</summary>
    public override Task OnBeforeValidateAsync(Request request, CancellationToken ct)
    {
        ResourceChecks.Questionnaire(HttpContext, request.QuestionnaireId);
        return Task.CompletedTask;
    }

    public override Task<Results<Ok<RoundResponse>, Created<RoundResponse>>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.QuestionnaireId, request.Round, request, HttpContext, Resolve<IGrainFactory>(), Resolve<TimeProvider>());

    private static async Task<Results<Ok<RoundResponse>, Created<RoundResponse>>> Handle(
        string questionnaireId, string round, Request request, HttpContext context, IGrainFactory grains, TimeProvider time)
    {
        var catalog = context.Catalog();
        if (catalog.Latest(questionnaireId) is null) throw new NotFoundException(QuestionnaireDefinitions.Unknown(questionnaireId));
        var saved = await grains.GetGrain<IQuestionnaireRoundsGrain>(questionnaireId)
            .PutAsync(round, request.Title ?? "", request.OpensOn!.Value, request.ClosesOn!.Value, context.User.Login());
        var body = RoundResponse.From(saved.Round, RoundCalendar.Today(time), catalog, questionnaireId);
        return saved.Created
            ? TypedResults.Created($"/api/questionnaires/{questionnaireId}/rounds", body)
            : TypedResults.Ok(body);
    }
}
