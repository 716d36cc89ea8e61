using Samoocena.Questionnaires.Definitions;
using Samoocena.Questionnaires.Scoring;

namespace Samoocena.Tests.Questionnaires;

public sealed class MappedQuestionScoringTests
{
    private static readonly QuestionnaireDefinition Definition = new()
    {
        Id = "mapped", Version = 1, Title = "Mapowanie",
        Areas =
        [
            new QuestionnaireArea
            {
                Id = "A", Title = "Obszar",
                Themes =
                [
                    TestQuestionnaire.Theme("T", 1,
                        new Question
                        {
                            Id = "T.1", Text = "Liczba e-usług", Kind = QuestionKind.Number,
                            Bands = [new NumberBand { From = 0, Level = 0 }, new NumberBand { From = 5, Level = 2 }, new NumberBand { From = 20, Level = 4 }],
                        },
                        new Question
                        {
                            Id = "T.2", Text = "Forma", Kind = QuestionKind.Choice,
                            Options = [new ChoiceOption { Value = "brak", Label = "Brak", Level = 0 }, new ChoiceOption { Value = "pelna", Label = "Pełna", Level = 3 }],
                        },
                        new Question
                        {
                            Id = "T.3", Text = "Bez mapowania", Kind = QuestionKind.Choice,
                            Options = [new ChoiceOption { Value = "x", Label = "X" }],
                        }),
                ],
            },
        ],
    };

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(4.9, 0)]
    [InlineData(5, 2)]
    [InlineData(19, 2)]
    [InlineData(20, 4)]
    public void Number_answer_takes_the_level_of_the_last_band_it_reaches(double value, double level)
    {
        ScoringPlan.For(Definition).TryLevel(0, Answer.Of(value), out var mapped).Should().BeTrue();
        mapped.Should().Be(level);
    }

    [Fact]
    public void Mapped_choice_is_scored_and_unmapped_choice_is_not()
    {
        // T.1 = 12 → level 2, T.2 "pelna" → 3, T.3 unscored: T = 100·(2/4 + 3/4)/2 = 62.5.
        var response = TestQuestionnaire.Response(("T.1", 12), ("T.2", "pelna"), ("T.3", "x"));

        var score = AssessmentScoring.ScoreResponse(Definition, response);

        score.Themes[0].Score.Should().Be(62.5);
        score.Questions.Select(q => q.Scored).Should().Equal(true, true, false);
    }
}
