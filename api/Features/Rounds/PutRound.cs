using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Features.Questionnaires;
using Samoocena.Silo.Grains.Errors;
using Samoocena.Silo.Grains.Rounds;

namespace Samoocena.Api.Features.Rounds;

/// <summary>
/// <c>PUT /api/questionnaires/{questionnaireId}/rounds/{round}</c> <c>{title, opensOn, closesOn}</c> (coordinator): opens a
/// round pinned to the latest definition version (201), or changes an existing round's title and dates (200; its
/// version and a manual close stay). 422 names <c>round</c>, <c>title</c>, <c>opensOn</c> or <c>closesOn</c>.
/// </summary>
public sealed class PutRound : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/api/questionnaires/{questionnaireId}/rounds/{round}", Handle)
            .RequireAuthorization(Policies.Coordinator).WithTags("Rounds");

    public sealed record Request(string? Title, DateOnly? OpensOn, DateOnly? ClosesOn);

    private static async Task<Results<Ok<RoundResponse>, Created<RoundResponse>>> Handle(
        string questionnaireId, string round, Request request, HttpContext context, IGrainFactory grains, TimeProvider time)
    {
        var catalog = context.Catalog();
        if (catalog.Latest(questionnaireId) is null) throw new NotFoundException(QuestionnaireDefinitions.Unknown(questionnaireId));
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.OpensOn is null) errors["opensOn"] = ["Podaj datę otwarcia rundy (RRRR-MM-DD)."];
        if (request.ClosesOn is null) errors["closesOn"] = ["Podaj datę zamknięcia rundy (RRRR-MM-DD)."];
        if (errors.Count > 0) throw new ValidationException("Nie zapisano rundy: brakuje dat.", errors);
        var saved = await grains.GetGrain<IQuestionnaireRoundsGrain>(questionnaireId)
            .PutAsync(round, request.Title ?? "", request.OpensOn!.Value, request.ClosesOn!.Value, context.User.Login());
        var body = RoundResponse.From(saved.Round, RoundCalendar.Today(time), catalog, questionnaireId);
        return saved.Created
            ? TypedResults.Created($"/api/questionnaires/{questionnaireId}/rounds", body)
            : TypedResults.Ok(body);
    }
}
