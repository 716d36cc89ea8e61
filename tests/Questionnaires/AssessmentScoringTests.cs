using Samoocena.Questionnaires.Scoring;
using Samoocena.Questionnaires.Statistics;
using static Samoocena.Tests.Questionnaires.TestQuestionnaire;

namespace Samoocena.Tests.Questionnaires;

public sealed class AssessmentScoringTests
{
    // Four submitted members (m1..m4) and one consensus value. Hand computation (methodology §3):
    //
    // question  m1  m2  m3  m4   sorted      median  consensus  effective  disagreement
    // X1.1      1   2   3   2    1 2 2 3     2       3          3          yes (3 − 1 = 2)
    // X1.2 w2   nd  1   2   nd   1 2         1.5     -          1.5        no
    // X1.3 yn   T   T   F   T    0 4 4 4     4       -          4          yes (4 − 0)
    // X2.1      0   1   0   1    0 0 1 1     0.5     -          0.5        no
    // X2.2      1   1   1   -    1 1 1       1       -          1          no
    // X2.3 w3   -   -   -   -    (nobody)    -       -          none       no
    // X3.1      4   4   3   4    3 4 4 4     4       -          4          no
    // X3.2      3   2   2   3    2 2 3 3     2.5     -          2.5        no
    // Y1.1      0   0   1   0    0 0 0 1     0       -          0          no
    // Y1.2      nd  nd  nd  nd   (all nd)    -       -          nd         no
    // Y1.3 text "…"              not scored
    // Y2.1      1   2   -   -    1 2         1.5     -          1.5        no
    // Y2.2      2   1   1   2    1 1 2 2     1.5     1          1          no
    //
    // X1 = 100·(1·3/4 + 2·1.5/4 + 1·4/4)/(1+2+1) = 100·2.5/4 = 62.5         dojrzały
    // X2: answered weight 1+1 = 2 of applicable 5 → 40 % < 60 %             null
    // X3 = 100·(4/4 + 2.5/4)/2 = 100·1.625/2 = 81.25                         wzorcowy
    // Y1: Y1.2 nd leaves the denominator, Y1.3 unscored → 100·(0/4)/1 = 0     początkowy
    // Y2 = 100·(1.5/4 + 1/4)/2 = 31.25                                        podstawowy
    // X = (2·62.5 + 1·81.25)/(2+1) = 68.75 (themes with a score: 3 of 4 weight = 75 %)   dojrzały
    // Y = (0 + 31.25)/2 = 15.625                                              początkowy
    // overall = (2·68.75 + 1·15.625)/3 = 153.125/3 = 51.041666…  → 51.0417   rozwijający się
    //
    // Action plan: scored themes ascending Y1 0, Y2 31.25, X1 62.5, X3 81.25; below 40: 2 → the weakest 3.
    // Y1: lowest scale value Y1.1 = 0 → level 1; Y2: Y2.2 = 1 (consensus) → level 2;
    // X1: X1.2 = 1.5 (yesno X1.3 has no statements) → ⌊1.5⌋ + 1 = level 2.
    private static readonly IReadOnlyDictionary<string, Answer>[] Members =
    [
        Response(("X1.1", 1), ("X1.2", "nd"), ("X1.3", true), ("X2.1", 0), ("X2.2", 1), ("X3.1", 4), ("X3.2", 3),
            ("Y1.1", 0), ("Y1.2", "nd"), ("Y1.3", "Brak uwag"), ("Y2.1", 1), ("Y2.2", 2)),
        Response(("X1.1", 2), ("X1.2", 1), ("X1.3", true), ("X2.1", 1), ("X2.2", 1), ("X3.1", 4), ("X3.2", 2),
            ("Y1.1", 0), ("Y1.2", "nd"), ("Y2.1", 2), ("Y2.2", 1)),
        Response(("X1.1", 3), ("X1.2", 2), ("X1.3", false), ("X2.1", 0), ("X2.2", 1), ("X3.1", 3), ("X3.2", 2),
            ("Y1.1", 1), ("Y1.2", "nd"), ("Y2.2", 1)),
        Response(("X1.1", 2), ("X1.2", "nd"), ("X1.3", true), ("X2.1", 1), ("X3.1", 4), ("X3.2", 3),
            ("Y1.1", 0), ("Y1.2", "nd"), ("Y2.2", 2)),
    ];

    private static readonly IReadOnlyDictionary<string, Answer> Consensus = Response(("X1.1", 3), ("Y2.2", 1));

    private static AssessmentScore Score() => AssessmentScoring.Score(Definition, Members, Consensus);

    [Fact]
    public void Effective_values_take_consensus_else_median_with_nd_left_out()
    {
        var byId = Score().Questions.ToDictionary(q => q.QuestionId);

        byId["X1.1"].Should().Be(new QuestionOutcome("X1.1", true, 3, false, true, 4, true));
        byId["X1.2"].Should().Be(new QuestionOutcome("X1.2", true, 1.5, false, false, 4, false));
        byId["X1.3"].Should().Be(new QuestionOutcome("X1.3", true, 4, false, false, 4, true));
        byId["X2.1"].Value.Should().Be(0.5);
        byId["X2.2"].Should().Be(new QuestionOutcome("X2.2", true, 1, false, false, 3, false));
        byId["X2.3"].Should().Be(new QuestionOutcome("X2.3", true, null, false, false, 0, false));
        byId["X3.2"].Value.Should().Be(2.5);
        byId["Y1.2"].Should().Be(new QuestionOutcome("Y1.2", true, null, true, false, 4, false));
        byId["Y1.3"].Should().Be(new QuestionOutcome("Y1.3", false, null, false, false, 1, false));
        byId["Y2.1"].Value.Should().Be(1.5);
        byId["Y2.2"].Should().Be(new QuestionOutcome("Y2.2", true, 1, false, true, 4, false));
    }

    [Fact]
    public void Answers_two_or_more_levels_apart_are_flagged_even_with_consensus()
    {
        Score().Disagreements.Should().Equal("X1.1", "X1.3");
    }

    [Fact]
    public void Theme_scores_follow_the_hand_computation()
    {
        var themes = Score().Themes;

        themes.Select(t => t.Id).Should().Equal("X1", "X2", "X3", "Y1", "Y2");
        themes.Select(t => t.Score).Should().Equal(62.5, null, 81.25, 0.0, 31.25);
        themes.Select(t => t.Level?.Id).Should().Equal("dojrzaly", null, "wzorcowy", "poczatkowy", "podstawowy");
        themes[3].ApplicableWeight.Should().Be(1);
    }

    [Fact]
    public void Theme_below_60_percent_coverage_has_no_score()
    {
        var x2 = Score().Themes[1];

        x2.Should().Be(new ThemeScore("X2", "Temat X2", null, null, 2, 5));
    }

    [Fact]
    public void Area_and_overall_scores_are_weighted_means_of_scored_parts()
    {
        var score = Score();

        score.Areas.Should().Equal(
            new AreaScore("X", "Obszar X", 68.75, MaturityLevel.Dojrzaly, 3, 4),
            new AreaScore("Y", "Obszar Y", 15.625, MaturityLevel.Poczatkowy, 2, 2));
        score.Overall.Should().Be(153.125 / 3);
        Scores.AsShown(score.Overall!.Value).Should().Be(51.04);
        score.OverallLevel.Should().Be(MaturityLevel.RozwijajacySie);
        score.Respondents.Should().Be(4);
    }

    [Fact]
    public void Action_plan_proposes_next_level_of_lowest_questions_in_weakest_three_themes()
    {
        Score().ActionPlan.Should().Equal(
            new ProposedAction("Y1", "Temat Y1", 0, "Y1.1", "Pytanie Y1.1", 0, 1, "Początkowy", "Y1.1 poziom 1"),
            new ProposedAction("Y2", "Temat Y2", 31.25, "Y2.2", "Pytanie Y2.2", 1, 2, "Zdefiniowany", "Y2.2 poziom 2"),
            new ProposedAction("X1", "Temat X1", 62.5, "X1.2", "Pytanie X1.2", 1.5, 2, "Zdefiniowany", "X1.2 poziom 2"));
    }

    [Fact]
    public void Action_plan_covers_every_theme_below_40_when_more_than_three()
    {
        // One response answering every scored question 0 (X1.3 "no"): all five themes score 0 < 40,
        // so all five enter the plan in definition order (equal scores), each with every scale question
        // tied at the lowest level 0 → target 1. The yesno X1.3 gives no action.
        var zeros = Response(("X1.1", 0), ("X1.2", 0), ("X1.3", false), ("X2.1", 0), ("X2.2", 0), ("X2.3", 0),
            ("X3.1", 0), ("X3.2", 0), ("Y1.1", 0), ("Y1.2", 0), ("Y2.1", 0), ("Y2.2", 0));

        var plan = AssessmentScoring.ScoreResponse(Definition, zeros).ActionPlan;

        plan.Select(a => a.QuestionId).Should().Equal(
            "X1.1", "X1.2", "X2.1", "X2.2", "X2.3", "X3.1", "X3.2", "Y1.1", "Y1.2", "Y2.1", "Y2.2");
        plan.Should().OnlyContain(a => a.TargetLevel == 1 && a.CurrentLevel == 0 && a.ThemeScore == 0);
    }

    [Fact]
    public void Consensus_nd_takes_the_question_out_of_the_denominator()
    {
        // X1.2 (weight 2) agreed nd: X1 = 100·(1·3/4 + 1·4/4)/(1+1) = 100·1.75/2 = 87.5.
        var consensus = Response(("X1.1", 3), ("X1.2", "nd"));

        var score = AssessmentScoring.Score(Definition, Members, consensus);

        score.Questions[1].Should().Be(new QuestionOutcome("X1.2", true, null, true, true, 4, false));
        score.Themes[0].Score.Should().Be(87.5);
        score.Themes[0].ApplicableWeight.Should().Be(2);
    }

    [Fact]
    public void Theme_where_every_question_is_nd_does_not_count_in_its_area()
    {
        // Y1 has Y1.1 nd by consensus and Y1.2 nd: no applicable weight, so area Y = Y2 alone = 31.25
        // with applicable theme weight 1 (not 2).
        var consensus = Response(("X1.1", 3), ("Y2.2", 1), ("Y1.1", "nd"));

        var y = AssessmentScoring.Score(Definition, Members, consensus).Areas[1];

        y.Should().Be(new AreaScore("Y", "Obszar Y", 31.25, MaturityLevel.Podstawowy, 1, 1));
    }

    [Fact]
    public void No_responses_give_no_scores_and_no_plan()
    {
        var score = AssessmentScoring.Score(Definition, []);

        score.Overall.Should().BeNull();
        score.OverallLevel.Should().BeNull();
        score.Themes.Should().OnlyContain(t => t.Score == null);
        score.ActionPlan.Should().BeEmpty();
        score.Disagreements.Should().BeEmpty();
    }

    [Theory]
    [InlineData(new double[] { 3 }, 3)]
    [InlineData(new double[] { 1, 2 }, 1.5)]
    [InlineData(new double[] { 0, 1, 4 }, 1)]
    [InlineData(new double[] { 0, 0, 3, 4 }, 1.5)]
    public void Median_of_an_even_count_is_the_mean_of_the_two_middle_values(double[] sorted, double expected)
    {
        AssessmentScoring.Median(sorted).Should().Be(expected);
    }
}
