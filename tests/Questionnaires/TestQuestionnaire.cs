using Samoocena.Questionnaires.Definitions;
using Samoocena.Questionnaires.Scoring;

namespace Samoocena.Tests.Questionnaires;

/// <summary>
/// A small questionnaire for hand-computed scoring examples:
/// area X (weight 2): X1 (w2: X1.1 scale w1, X1.2 scale w2 nd allowed, X1.3 yesno w1),
///                    X2 (w1: X2.1, X2.2 scale w1, X2.3 scale w3), X3 (w1: X3.1, X3.2 scale w1);
/// area Y (weight 1): Y1 (w1: Y1.1 scale, Y1.2 scale nd allowed, Y1.3 text), Y2 (w1: Y2.1, Y2.2 scale).
/// Level statements read "<question> poziom <n>".
/// </summary>
internal static class TestQuestionnaire
{
    public static QuestionnaireDefinition Definition { get; } = new()
    {
        Id = "test",
        Version = 1,
        Title = "Kwestionariusz testowy",
        Areas =
        [
            new QuestionnaireArea
            {
                Id = "X", Title = "Obszar X", Weight = 2,
                Themes =
                [
                    Theme("X1", 2, Scale("X1.1"), Scale("X1.2", weight: 2, nd: true), YesNo("X1.3")),
                    Theme("X2", 1, Scale("X2.1"), Scale("X2.2"), Scale("X2.3", weight: 3)),
                    Theme("X3", 1, Scale("X3.1"), Scale("X3.2")),
                ],
            },
            new QuestionnaireArea
            {
                Id = "Y", Title = "Obszar Y", Weight = 1,
                Themes =
                [
                    Theme("Y1", 1, Scale("Y1.1"), Scale("Y1.2", nd: true),
                        new Question { Id = "Y1.3", Text = "Uwagi", Kind = QuestionKind.Text, Required = false }),
                    Theme("Y2", 1, Scale("Y2.1"), Scale("Y2.2")),
                ],
            },
        ],
    };

    public static QuestionnaireTheme Theme(string id, double weight, params Question[] questions) =>
        new() { Id = id, Title = $"Temat {id}", Weight = weight, Questions = questions };

    public static Question Scale(string id, double weight = 1, bool nd = false) => new()
    {
        Id = id,
        Text = $"Pytanie {id}",
        Kind = QuestionKind.Scale,
        Weight = weight,
        AllowNotApplicable = nd,
        Levels = [.. Enumerable.Range(0, 5).Select(v => new ScaleLevel { Value = v, Label = ScaleLevel.StandardLabels[v], Statement = $"{id} poziom {v}" })],
    };

    public static Question YesNo(string id) => new() { Id = id, Text = $"Pytanie {id}", Kind = QuestionKind.YesNo };

    /// <summary>A response from pairs like ("X1.1", 2), ("X1.3", true), ("X1.2", "nd").</summary>
    public static IReadOnlyDictionary<string, Answer> Response(params (string Id, object Value)[] answers)
    {
        var response = new Dictionary<string, Answer>();
        foreach (var (id, value) in answers)
            response[id] = value switch
            {
                int level => Answer.Of(level),
                double number => Answer.Of(number),
                bool yes => Answer.Of(yes),
                string text => Answer.Of(text),
                _ => throw new ArgumentException($"Nieobsługiwana wartość {value}"),
            };
        return response;
    }
}
