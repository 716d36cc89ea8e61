using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Questionnaires.Definitions;

namespace Samoocena.Api.Features.Questionnaires.ListQuestionnaires;

public sealed record Item(
    string Id, int Version, string Title, string? Description, IReadOnlyList<int> Versions,
    IReadOnlyList<QuestionnaireArea> Areas);
