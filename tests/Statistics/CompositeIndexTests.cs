using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Tests.Statistics;

public class CompositeIndexTests
{
    // A: weight 0.5, stimulant; B: weight 0.3, destimulant; C: weight 0.2, stimulant, equal for all (max = min).
    private static readonly CompositeIndicator[] Indicators = [new("A", 0.5), new("B", 0.3, false), new("C", 0.2)];

    private static readonly string[] Units = ["0000005", "0000001", "0000002", "0000003", "0000004", "0000006"];

    private static readonly double?[][] Values =
    [
        [15, 3, 7],      // 0000005
        [10, 5, 7],      // 0000001
        [20, 1, 7],      // 0000002
        [0, 9, null],    // 0000003: 80 % of the weight present
        [null, null, 7], // 0000004: 20 % present → not ranked
        [10, 5, 7],      // 0000006: same as 0000001
    ];

    [Fact]
    public void Min_max_composite_ranks_labels_and_lists_units_failing_coverage()
    {
        // Reference (all six units): A min 0 max 20; B min 1 max 9; C min = max = 7 → n = 1 for all.
        // 0000002: A 1, B (9−1)/8 = 1, C 1 → 100·(0.5 + 0.3 + 0.2)/1 = 100
        // 0000005: A 0.75, B (9−3)/8 = 0.75, C 1 → 100·(0.375 + 0.225 + 0.2) = 80
        // 0000001 and 0000006: A 0.5, B 0.5, C 1 → 100·(0.25 + 0.15 + 0.2) = 60, tied rank 3, listed by TERYT
        // 0000003: A 0, B 0, C missing → 100·0/0.8 = 0, rank 5
        var result = CompositeIndex.Compute(Units, Values, Indicators);

        result.Rows.Select(r => (r.Unit, r.Rank, Math.Round(r.Score, 9), r.Label)).Should().Equal(
            ("0000002", 1, 100.0, "Lider"),
            ("0000005", 2, 80.0, "Lider"),
            ("0000001", 3, 60.0, "Lider"),
            ("0000006", 3, 60.0, "Lider"),
            ("0000003", 5, 0.0, "Laureat"));
        result.Rows[1].Normalised.Should().Equal(0.75, 0.75, 1.0);
        result.Rows[4].Normalised.Should().Equal(0.0, 0.0, null);
        result.ReferenceMin.Should().Equal(0.0, 1.0, 7.0);
        result.ReferenceMax.Should().Equal(20.0, 9.0, 7.0);

        var notRanked = result.NotRanked.Should().ContainSingle().Subject;
        notRanked.Unit.Should().Be("0000004");
        notRanked.MissingIndicators.Should().Equal("A", "B");
        notRanked.CoveragePercent.Should().BeApproximately(20, 1e-9);
        notRanked.Reason.Should().Be("Brak danych dla wskaźników: A, B; obecne wskaźniki niosą 20 % wagi, wymagane co najmniej 60 %.");
    }

    [Fact]
    public void Equal_values_everywhere_normalise_to_1()
    {
        var result = CompositeIndex.Compute(["X", "Y"], [[3.0], [3.0]], [new CompositeIndicator("A", 1)]);
        result.Rows.Select(r => (r.Unit, r.Rank, r.Score)).Should().Equal(("X", 1, 100.0), ("Y", 1, 100.0));
    }

    [Fact]
    public void Z_score_variant_ranks_by_the_weighted_mean_z()
    {
        // One stimulant [1, 2, 3]: mean 2, sd √(2/3) = 0.816496580927726 → z = −1.2247, 0, 1.2247.
        // A destimulant negates z, so the order reverses.
        string[] units = ["a", "b", "c"];
        double?[][] values = [[1.0], [2.0], [3.0]];
        var up = CompositeIndex.Compute(units, values, [new CompositeIndicator("A", 1)], Normalisation.ZScore);
        up.Rows.Select(r => (r.Unit, r.Rank)).Should().Equal(("c", 1), ("b", 2), ("a", 3));
        up.Rows[0].Score.Should().BeApproximately(1.224744871391589, 1e-12);

        var down = CompositeIndex.Compute(units, values, [new CompositeIndicator("A", 1, false)], Normalisation.ZScore);
        down.Rows.Select(r => (r.Unit, r.Rank)).Should().Equal(("a", 1), ("b", 2), ("c", 3));
        down.Rows[0].Score.Should().BeApproximately(1.224744871391589, 1e-12);
    }

    [Theory]
    [InlineData(1, "Lider")]
    [InlineData(3, "Lider")]
    [InlineData(4, "Laureat")]
    [InlineData(10, "Laureat")]
    [InlineData(11, null)]
    public void Labels_follow_the_rank(int rank, string? label) => CompositeIndex.Label(rank).Should().Be(label);

    [Fact]
    public void Coverage_of_exactly_60_percent_is_enough()
    {
        // Green Finance weights: G1 0.35 + G2 0.25 of 0.35 + 0.25 + 0.15 + 0.10 + 0.15 = 60 % exactly.
        Coverage.IsMet(0.35 + 0.25, 0.35 + 0.25 + 0.15 + 0.10 + 0.15).Should().BeTrue();
        Coverage.IsMet(0.15 + 0.10 + 0.15 + 0.1999, 1).Should().BeFalse();
    }

    [Fact]
    public void Malformed_input_is_refused()
    {
        FluentActions.Invoking(() => CompositeIndex.Compute(["a"], [[1.0, 2.0]], [new CompositeIndicator("A", 1)]))
            .Should().Throw<ArgumentException>().WithMessage("Jednostka 'a' ma 2 wartości, a wskaźników jest 1.*");
        FluentActions.Invoking(() => CompositeIndex.Compute(["a"], [[1.0]], [new CompositeIndicator("A", 0)]))
            .Should().Throw<ArgumentException>().WithMessage("Waga wskaźnika 'A' musi być dodatnia, jest 0.*");
    }
}
