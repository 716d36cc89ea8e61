using Samoocena.Questionnaires.Definitions;
using Samoocena.Silo.Grains.Rounds;

namespace Samoocena.Api.Features.Rounds;

/// <summary>
/// One round as api.md lists it: <c>{round, title, opensOn, closesOn, status, definitionVersion}</c>, plus when and by
/// whom it was closed by hand. Dates are days in Europe/Warsaw (<c>yyyy-MM-dd</c>), both inclusive.
/// </summary>
public sealed record RoundResponse(
    string Round, string Title, DateOnly? OpensOn, DateOnly? ClosesOn, string Status, int DefinitionVersion,
    DateTimeOffset? ClosedAt, string? ClosedBy, bool Demo)
{
    public static RoundResponse From(AssessmentRound r, DateOnly today, QuestionnaireCatalog catalog, string questionnaireId) =>
        new(r.Id, r.Title, r.OpensOn, r.ClosesOn, r.StatusOn(today),
            r.DefinitionVersion != 0 ? r.DefinitionVersion : catalog.Latest(questionnaireId)?.Version ?? 0,
            r.ClosedAt, r.ClosedBy, r.Demo);
}
