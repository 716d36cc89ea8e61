using System.Text.Json;
using Samoocena.Questionnaires.Definitions;
using Samoocena.Questionnaires.Scoring;

namespace Samoocena.Tests.Questionnaires;

public sealed class AnswerValidationTests
{
    private static QuestionnaireDefinition Definition { get; } = TestQuestionnaire.Definition with
    {
        Areas =
        [
            .. TestQuestionnaire.Definition.Areas,
            new QuestionnaireArea
            {
                Id = "Z", Title = "Obszar Z",
                Themes =
                [
                    TestQuestionnaire.Theme("Z1", 1,
                        new Question { Id = "Z1.1", Text = "Liczba", Kind = QuestionKind.Number, Min = 0, Max = 100 },
                        new Question
                        {
                            Id = "Z1.2", Text = "Wybór", Kind = QuestionKind.Choice,
                            Options = [new ChoiceOption { Value = "tak", Label = "Tak" }, new ChoiceOption { Value = "nie", Label = "Nie" }],
                        }),
                ],
            },
        ],
    };

    private static Dictionary<string, JsonElement> Request(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    [Fact]
    public void Valid_answers_of_every_kind_parse_and_null_clears()
    {
        var parsed = AnswerValidation.Parse(Definition, Request(
            """{"X1.1": 3, "X1.2": "nd", "X1.3": false, "Y1.3": "Uwagi zespołu", "Z1.1": 42.5, "Z1.2": "nie", "Y2.1": null}"""));

        parsed.IsValid.Should().BeTrue();
        parsed.Values.Should().BeEquivalentTo(new Dictionary<string, Answer?>
        {
            ["X1.1"] = Answer.Of(3),
            ["X1.2"] = Answer.NotApplicable,
            ["X1.3"] = Answer.No,
            ["Y1.3"] = Answer.Of("Uwagi zespołu"),
            ["Z1.1"] = Answer.Of(42.5),
            ["Z1.2"] = Answer.Of("nie"),
            ["Y2.1"] = null,
        });
    }

    [Fact]
    public void Level_out_of_range_names_the_value_and_the_allowed_range()
    {
        AnswerValidation.Validate(Definition, Request("""{"X1.1": 7, "X1.2": 2.5}""")).Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["answers.X1.1"] = ["Wartość 7 jest poza zakresem pytania X1.1: dozwolone poziomy to liczby całkowite 0–4."],
            ["answers.X1.2"] = ["Wartość 2.5 jest poza zakresem pytania X1.2: dozwolone poziomy to liczby całkowite 0–4 albo „nd”."],
        });
    }

    [Fact]
    public void Unknown_question_wrong_type_and_forbidden_nd_are_each_reported()
    {
        var errors = AnswerValidation.Validate(Definition, Request(
            """{"Q9": 1, "X1.3": 4, "X2.1": "trzy", "X2.2": "nd", "Z1.1": 101, "Z1.2": "może", "Y1.3": 5}"""));

        errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["answers.Q9"] = ["Nieznane pytanie „Q9” w kwestionariuszu test (wersja 1)."],
            ["answers.X1.3"] = ["Pytanie X1.3 wymaga odpowiedzi true (tak) albo false (nie), otrzymano liczbę 4."],
            ["answers.X2.1"] = ["Pytanie X2.1 wymaga poziomu 0–4, otrzymano tekst „trzy”."],
            ["answers.X2.2"] = ["Pytanie X2.2 nie dopuszcza odpowiedzi „nd” (nie dotyczy)."],
            ["answers.Z1.1"] = ["Wartość 101 jest poza zakresem pytania Z1.1: dozwolone od 0 do 100."],
            ["answers.Z1.2"] = ["Odpowiedź tekst „może” nie jest opcją pytania Z1.2; dozwolone: „tak”, „nie”."],
            ["answers.Y1.3"] = ["Pytanie Y1.3 wymaga tekstu, otrzymano liczbę 5."],
        });
    }

    [Fact]
    public void Answers_serialise_as_bare_api_values_and_read_back()
    {
        var answers = new Dictionary<string, Answer>
        {
            ["a"] = Answer.Of(2), ["b"] = Answer.Yes, ["c"] = Answer.NotApplicable, ["d"] = Answer.Of("tekst"), ["e"] = Answer.Of(2.5),
        };

        var json = JsonSerializer.Serialize(answers);

        json.Should().Be("""{"a":2,"b":true,"c":"nd","d":"tekst","e":2.5}""");
        JsonSerializer.Deserialize<Dictionary<string, Answer>>(json).Should().Equal(answers);
    }
}
