using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Definitions;

namespace Samoocena.Api.Features.Questionnaires.GetQuestionnaire;

/// <summary><c>GET /api/questionnaires/{id}?version=</c>: one definition, the latest unless a version is asked for.</summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<QuestionnaireDefinition>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("{id}");
        Group<QuestionnairesGroup>();
    }

    /// <summary>404 and 403 before 422: the resource and the caller's access are checked before the validator runs.</summary>
    public override Task OnBeforeValidateAsync(Request request, CancellationToken ct)
    {
        ResourceChecks.Questionnaire(HttpContext, request.Id);
        return Task.CompletedTask;
    }

    public override Task<Results<Ok<QuestionnaireDefinition>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Task.FromResult(Handle(request.Id, request.Version, HttpContext));

    private static Results<Ok<QuestionnaireDefinition>, ProblemHttpResult> Handle(string id, string? version, HttpContext context)
    {
        var catalog = context.Catalog();
        if (catalog.Latest(id) is not { } latest) return ProblemResponses.Result(404, QuestionnaireDefinitions.Unknown(id));
        if (string.IsNullOrEmpty(version)) return TypedResults.Ok(latest);
        var v = int.Parse(version, NumberStyles.None, CultureInfo.InvariantCulture);
        return catalog.Get(id, v) is { } definition
            ? TypedResults.Ok(definition)
            : ProblemResponses.Result(404, $"Kwestionariusz '{id}' nie ma wersji {v}; najnowsza to {latest.Version}.");
    }
}
