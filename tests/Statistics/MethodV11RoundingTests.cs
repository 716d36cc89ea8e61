using System.Globalization;
using Samoocena.Questionnaires.Awards;
using Samoocena.Questionnaires.Scoring;
using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Tests.Statistics;

/// <summary>Methodology v1.1 §0: a value is compared exactly as it is shown (<see cref="Scores.AsShown(double)"/>).</summary>
public sealed class MethodV11RoundingTests
{
    [Fact]
    public void Q1_of_39_675_is_shown_39_68_though_the_double_is_below_it()
    {
        // GMW-P5, SRO_03: 8 sorted values, Q1 h = 7 × 0.25 = 1.75 → 38.4 + 0.75 × (40.1 − 38.4) = 39.675.
        double[] group = [37, 38.4, 40.1, 41, 42, 43, 44, 45];
        var s = PeerStatistics.Compute(group, 41, higherIsBetter: true);

        s.Q1!.Value.ToString("R", CultureInfo.InvariantCulture).Should().Be("39.675");
        s.Q1.Value.ToString("F17", CultureInfo.InvariantCulture).Should().Be("39.67499999999999716");
        Math.Round(s.Q1.Value, 2, MidpointRounding.AwayFromZero).Should().Be(39.67, "rounding the binary value is what v1.1 replaces");
        s.AsShown().Q1.Should().Be(39.68);
        Scores.AsShown(39.675).Should().Be(39.68);
        Scores.AsShown(38.4 + 0.75 * (40.1 - 38.4)).Should().Be(39.68);
    }

    [Fact]
    public void Median_of_1_175_is_shown_1_18()
    {
        // [1.1, 1.25]: median h = 0.5 → 1.1 + 0.5 × 0.15 = 1.175.
        var s = PeerStatistics.Compute([1.1, 1.25], 1.1, higherIsBetter: true);

        s.Median!.Value.ToString("R", CultureInfo.InvariantCulture).Should().Be("1.175");
        s.AsShown().Median.Should().Be(1.18);
        Scores.AsShown(1.175).Should().Be(1.18);
        Scores.AsShown(-1.175).Should().Be(-1.18);
        Scores.AsShown(-0.004).Should().Be(0);
    }

    [Fact]
    public void Two_units_shown_equal_share_the_place_and_the_next_place_is_skipped()
    {
        // 29.5949 and 29.5851 are both shown 29.59: places 2 and 2 (listed by TERYT), then 4 for 29.58.
        (string Teryt, double Score)[] rows = [("2801011", 29.5949), ("0411011", 29.5851), ("0000001", 29.6), ("0000002", 29.58)];
        var ranked = Ranking.Order(rows, r => r.Score, r => r.Teryt);

        ranked.Select(r => (r.Item.Teryt, r.Rank)).Should().Equal(("0000001", 1), ("0411011", 2), ("2801011", 2), ("0000002", 4));
        Ranking.Competition([29.5949, 29.5851, 29.6, 29.58]).Should().Equal(2, 2, 1, 4);
    }

    [Fact]
    public void Composite_scores_shown_equal_tie_and_are_listed_by_teryt()
    {
        // One indicator, min 0, max 100 000: scores 100·x/100 000 = 29.5949, 29.5851, 100, 0.
        var result = CompositeIndex.Compute(
            ["2801011", "0411011", "0000001", "0000002"], [[29594.9], [29585.1], [100000.0], [0.0]], [new CompositeIndicator("A", 1)]);

        result.Rows.Select(r => (r.Unit, r.Rank)).Should().Equal(("0000001", 1), ("0411011", 2), ("2801011", 2), ("0000002", 4));
    }

    [Fact]
    public void Peer_values_shown_equal_share_the_rank()
    {
        // Stimulant [29.5949, 29.5851, 10]: both shown 29.59 → rank 1, one strictly worse of n − 1 = 2 → 50 → middle.
        var s = PeerStatistics.Compute([29.5949, 29.5851, 10], 29.5851, higherIsBetter: true);
        (s.Rank, s.Percentile, s.Band).Should().Be((1, 50.0, "middle"));
    }

    [Fact]
    public void Award_scores_shown_equal_share_the_place_listed_by_nominee_id()
    {
        // Weights 1 and 199: a sheet's total is (a + 199·b)/200. n-b (0, 7) → 6.965 and n-a (1, 7) → 6.97 are both shown
        // 6.97 and share place 2 (v1.0 compared 6.9650 with 6.9700 and split them); n-d (0, 6) → 5.97 is 4th.
        AwardCategory[] categories = [new("c", "Kategoria")];
        AwardCriterion[] criteria = [new("a", "A", 1), new("b", "B", 199)];
        AwardNominee[] nominees = [new("n-b", "c", null, "B"), new("n-d", "c", null, "D"), new("n-a", "c", null, "A"), new("n-c", "c", null, "C")];
        var sheets = new[]
        {
            new JurorSheet("j1", "n-b", new Dictionary<string, int> { ["a"] = 0, ["b"] = 7 }),
            new JurorSheet("j1", "n-a", new Dictionary<string, int> { ["a"] = 1, ["b"] = 7 }),
            new JurorSheet("j1", "n-c", new Dictionary<string, int> { ["a"] = 10, ["b"] = 10 }),
            new JurorSheet("j1", "n-d", new Dictionary<string, int> { ["a"] = 0, ["b"] = 6 }),
        };
        var rows = AwardResults.Compute(categories, criteria, nominees, sheets)[0].Rows;
        rows.Select(r => (r.Place, r.NomineeId, Scores.AsShown(r.Score))).Should().Equal(
            ((int?)1, "n-c", (double?)10), (2, "n-a", 6.97), (2, "n-b", 6.97), (4, "n-d", 5.97));
        rows.Single(r => r.NomineeId == "n-b").Score.Should().Be(6.965);
    }

    [Fact]
    public void Unit_alone_in_its_group_has_no_percentile_and_band_none()
    {
        var s = PeerStatistics.Compute([42], 42, true);
        (s.N, s.Rank, s.Percentile, s.Band, s.Z, s.Outlier).Should().Be((1, (int?)1, (double?)null, "none", (double?)null, (bool?)null));
    }

    [Fact]
    public void Unit_without_a_value_has_no_z_no_outlier_flag_and_band_none()
    {
        var s = PeerStatistics.Compute([1, 2, 3, 100], null, true);
        (s.Rank, s.Percentile, s.Band, s.Z, s.Outlier).Should().Be(((int?)null, (double?)null, "none", (double?)null, (bool?)null));
        s.AsShown().Outlier.Should().BeNull();
    }

    [Fact]
    public void Percentile_shown_75_00_is_top()
    {
        // 20 001 values 0..20 000, u = 14 999: 14 999 strictly worse of 20 000 → 74.995, shown 75.00 → top.
        var group = Enumerable.Range(0, 20_001).Select(i => (double)i).ToArray();
        var s = PeerStatistics.Compute(group, 14_999, higherIsBetter: true);
        s.Percentile.Should().Be(74.995);
        s.Band.Should().Be("top");
        PeerStatistics.Band(24.995).Should().Be("middle");
        PeerStatistics.Band(24.994).Should().Be("bottom");
        PeerStatistics.Band(null).Should().Be("none");
    }

    [Fact]
    public void Trend_is_unchanged_when_both_values_are_shown_alike()
    {
        PeerStatistics.Trend(10.004, 10.001, higherIsBetter: true).Should().Be("unchanged");
        PeerStatistics.Trend(10.005, 10.004, higherIsBetter: true).Should().Be("improving");   // 10.01 vs 10.00
        PeerStatistics.Trend(10.005, 10.004, higherIsBetter: false).Should().Be("worsening");
    }

    [Theory]
    [InlineData(19.994, "poczatkowy")]
    [InlineData(19.995, "podstawowy")]   // shown 20.00
    [InlineData(39.994, "podstawowy")]
    [InlineData(39.995, "rozwijajacy-sie")]
    [InlineData(59.994, "rozwijajacy-sie")]
    [InlineData(59.995, "dojrzaly")]
    [InlineData(79.994, "dojrzaly")]
    [InlineData(79.995, "wzorcowy")]
    public void Maturity_level_boundaries_are_compared_as_shown(double score, string level)
    {
        MaturityLevel.Of(score).Id.Should().Be(level);
    }

    [Fact]
    public void Coverage_of_59_995_percent_counts_as_60_00()
    {
        Coverage.IsMet(59.995, 100).Should().BeTrue();
        Coverage.IsMet(0.59995, 1).Should().BeTrue();     // 100 × 0.59995 = 59.995 → 60.00
        Coverage.IsMet(59.994, 100).Should().BeFalse();   // 59.99
        Coverage.IsMet(0.35 + 0.25, 1).Should().BeTrue();
    }

    [Fact]
    public void Replica_ranks_compare_unrounded_scores_and_break_exact_ties_by_teryt()
    {
        // 0000003 and 0000001 have the same inputs: equal in every replica, so 0000001 (lower TERYT) is always ahead.
        // 0000002 is best on both indicators; 0000004 worst on both.
        string[] units = ["0000003", "0000002", "0000001", "0000004"];
        double?[][] values = [[5, 5], [9, 9], [5, 5], [1, 1]];
        var result = MonteCarloRobustness.Run(units, values, [new CompositeIndicator("A", 1), new CompositeIndicator("B", 1)], replicas: 50);

        result["0000002"].Should().Be(new UnitRobustness("0000002", 1, 1, 1, 3));
        result["0000001"].Should().Be(new UnitRobustness("0000001", 2, 2, 2, 2));
        result["0000003"].Should().Be(new UnitRobustness("0000003", 3, 3, 3, 1));
        result.AlwaysBeats("0000001", "0000003").Should().BeTrue();

        var ranks = new int[3];
        // Unrounded: 70.00004 is ahead of the 70.00001 pair, which is split by TERYT order (position 2 comes first).
        Ranking.Unrounded([70.00004, 70.00001, 70.00001], [2, 1, 0], ranks, new double[3], new int[3]);
        ranks.Should().Equal(1, 3, 2);
    }
}
