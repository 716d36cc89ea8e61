using Samoocena.Questionnaires.Definitions;
using Samoocena.Api.Problems;

namespace Samoocena.Api.Features.Questionnaires;

/// <summary>
/// The questionnaire catalogue the API and the grains use: a <see cref="QuestionnaireCatalog"/> registered in
/// DI when there is one (tests add versions), else the embedded definitions.
/// </summary>
public static class QuestionnaireDefinitions
{
    public static QuestionnaireCatalog Catalog(this HttpContext context) =>
        context.RequestServices.GetService<QuestionnaireCatalog>() ?? QuestionnaireCatalog.Load();

    public static QuestionnaireCatalog Catalog(IServiceProvider services) =>
        services.GetService<QuestionnaireCatalog>() ?? QuestionnaireCatalog.Load();

    public static string Unknown(string id) =>
        $"Nie ma kwestionariusza '{ProblemResponses.Echo(id, 40)}'. Dostępne: GET /api/questionnaires.";
}
