using Samoocena.Questionnaires.Scoring;
using static Samoocena.Tests.Questionnaires.TestQuestionnaire;

namespace Samoocena.Tests.Questionnaires;

public sealed class ResponseProgressTests
{
    [Fact]
    public void Progress_counts_answers_with_nd_and_lists_missing_required_questions()
    {
        // 13 questions; answered 3 (nd counts); missing required: all but the 3 answered and the optional text Y1.3.
        var response = Response(("X1.1", 2), ("X1.2", "nd"), ("Y2.2", 0));

        var progress = ResponseProgress.Of(Definition, response);

        progress.Answered.Should().Be(3);
        progress.Total.Should().Be(13);
        progress.MissingRequired.Should().Equal("X1.3", "X2.1", "X2.2", "X2.3", "X3.1", "X3.2", "Y1.1", "Y1.2", "Y2.1");
        progress.CanSubmit.Should().BeFalse();
    }

    [Fact]
    public void Response_with_every_required_answer_can_be_submitted()
    {
        var response = Response(("X1.1", 0), ("X1.2", 1), ("X1.3", true), ("X2.1", 2), ("X2.2", 3), ("X2.3", 4),
            ("X3.1", 0), ("X3.2", 0), ("Y1.1", 0), ("Y1.2", "nd"), ("Y2.1", 0), ("Y2.2", 0));

        var progress = ResponseProgress.Of(Definition, response);

        progress.Should().BeEquivalentTo(new { Answered = 12, Total = 13, MissingRequired = Array.Empty<string>(), CanSubmit = true });
    }

    [Fact]
    public void Single_response_is_scored_as_a_team_of_one()
    {
        // X1 = 100·(1·0/4 + 2·1/4 + 1·4/4)/4 = 100·1.5/4 = 37.5.
        var response = Response(("X1.1", 0), ("X1.2", 1), ("X1.3", true));

        var score = AssessmentScoring.ScoreResponse(Definition, response);

        score.Respondents.Should().Be(1);
        score.Themes[0].Score.Should().Be(37.5);
        score.Disagreements.Should().BeEmpty();
    }
}
