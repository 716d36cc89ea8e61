using Samoocena.Questionnaires.Definitions;
using Samoocena.Tests.Questionnaires;

namespace Samoocena.Tests.Assessments;

/// <summary>
/// The shipped questionnaires plus copies of the hand-computed <see cref="TestQuestionnaire"/>:
/// <c>test</c> (required questions, for submit checks), <c>reczny</c> (nothing required, so members may leave
/// questions out as in the hand computation) and <c>rowiesnicy</c> (the same, only for the peer statistics test,
/// so that no other test's closed assessments change its n).
/// </summary>
internal static class AssessmentTestCatalog
{
    public static QuestionnaireDefinition Optional(string id, int version = 1) => TestQuestionnaire.Definition with
    {
        Id = id,
        Version = version,
        Areas = TestQuestionnaire.Definition.Areas.Select(a => a with
        {
            Themes = a.Themes.Select(t => t with { Questions = t.Questions.Select(q => q with { Required = false }).ToArray() }).ToArray(),
        }).ToArray(),
    };

    public static QuestionnaireCatalog Create(params QuestionnaireDefinition[] extra) =>
        new(QuestionnaireCatalog.Load().All
            .Append(TestQuestionnaire.Definition)
            .Append(Optional("reczny"))
            .Append(Optional("rowiesnicy"))
            .Concat(extra));
}
