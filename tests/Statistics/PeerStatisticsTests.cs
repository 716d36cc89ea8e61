using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Tests.Statistics;

public class PeerStatisticsTests
{
    [Fact]
    public void Tied_values_share_the_rank_and_count_only_strictly_worse_peers()
    {
        // [10, 20, 20, 30, 40], u = 20 (stimulant): 2 peers better → rank 3; 1 strictly worse → 100·1/4 = 25 → middle.
        // Q1 h = 1 → 20, median 20, Q3 h = 3 → 30; mean 120/5 = 24;
        // sd = √((196 + 16 + 16 + 36 + 256)/5) = √104 = 10.198039027185569; z = −4/√104 = −0.3922322702763681.
        var s = PeerStatistics.Compute([10, 20, 20, 30, 40], 20, higherIsBetter: true, previous: 18, group: "category:GW");

        s.Should().BeEquivalentTo(new PeerStats("category:GW", 5, false, 20, 10, 20, 20, 30, 40, 24,
            3, 25, "middle", -4 / Math.Sqrt(104), false, "improving"));
        s.Z.Should().BeApproximately(-0.3922322702763681, 1e-15);
    }

    [Fact]
    public void Destimulant_ranks_the_lowest_value_first()
    {
        // [5, 3, 8, 3] sorted [3, 3, 5, 8], lower is better. u = 3: nobody lower → rank 1; 2 strictly worse
        // (5, 8) → 100·2/3 = 66.67 → middle. Q1 h = 0.75 → 3; median h = 1.5 → 4; Q3 h = 2.25 → 5 + 0.25·3 = 5.75.
        // mean 19/4 = 4.75; sd = √((3.0625 + 3.0625 + 0.0625 + 10.5625)/4) = 2.0463381929681126;
        // z = (3 − 4.75)/sd = −0.8551861104941365 (z keeps the raw direction). Previous 4 → 3 is lower → improving.
        var s = PeerStatistics.Compute([5, 3, 8, 3], 3, higherIsBetter: false, previous: 4);

        s.N.Should().Be(4);
        (s.Min, s.Q1, s.Median, s.Q3, s.Max, s.Mean).Should().Be((3, 3, 4, 5.75, 8, 4.75));
        s.Rank.Should().Be(1);
        s.Percentile.Should().BeApproximately(200.0 / 3, 1e-12);
        s.Band.Should().Be("middle");
        s.Z.Should().BeApproximately(-0.8551861104941365, 1e-15);
        s.Trend.Should().Be("improving");

        // u = 8: all three others lower → rank 4, percentile 0 → bottom; 8.00001 is shown 8.00 → unchanged.
        var worst = PeerStatistics.Compute([5, 3, 8, 3], 8, higherIsBetter: false, previous: 8.00001);
        (worst.Rank, worst.Percentile, worst.Band, worst.Trend).Should().Be((4, 0.0, "bottom", "unchanged"));

        // [3, 5, 8, 9], u = 3: all 3 others worse → 100 → top; a rise from 2 is worsening for a destimulant.
        var best = PeerStatistics.Compute([3, 5, 8, 9], 3, higherIsBetter: false, previous: 2);
        (best.Rank, best.Percentile, best.Band, best.Trend).Should().Be((1, 100.0, "top", "worsening"));
    }

    [Fact]
    public void Percentile_of_exactly_75_is_top_and_of_25_is_middle()
    {
        // [1..5] stimulant: u = 4 has 3 worse of n − 1 = 4 → 75 → top; u = 2 has 1 worse → 25 → middle; u = 1 → 0 → bottom.
        double[] group = [1, 2, 3, 4, 5];
        PeerStatistics.Compute(group, 4, true).Band.Should().Be("top");
        PeerStatistics.Compute(group, 2, true).Band.Should().Be("middle");
        PeerStatistics.Compute(group, 1, true).Band.Should().Be("bottom");
    }

    [Fact]
    public void Missing_previous_year_gives_no_trend()
    {
        PeerStatistics.Compute([1, 2, 3], 2, true, previous: null).Trend.Should().BeNull();
    }

    [Fact]
    public void Unit_alone_in_its_group_has_no_percentile_and_band_none()
    {
        // n = 1: every quantile is 42, mean 42, sd 0 → z and outlier null; rank 1; percentile null → band none (v1.1).
        var s = PeerStatistics.Compute([42], 42, true, previous: 40, group: "cohort:x");

        s.Should().BeEquivalentTo(new PeerStats("cohort:x", 1, false, 42, 42, 42, 42, 42, 42, 42,
            1, null, "none", null, null, "improving"));
    }

    [Fact]
    public void Unit_without_a_value_gets_band_none_and_the_group_distribution()
    {
        // Group [1, 2, 3]: Q1 h = 0.5 → 1.5, median 2, Q3 h = 1.5 → 2.5, mean 2.
        var s = PeerStatistics.Compute([1, 2, 3], null, true, previous: 5);

        s.Should().BeEquivalentTo(new PeerStats("", 3, false, null, 1, 1.5, 2, 2.5, 3, 2,
            null, null, "none", null, null, null));
    }

    [Fact]
    public void Equal_values_have_no_z_score()
    {
        // 0.1 three times: mean may carry rounding noise, but min = max means sd = 0 → z null (and outlier null), not a huge number.
        var s = PeerStatistics.Compute([0.1, 0.1, 0.1], 0.1, true);
        (s.Z, s.Outlier, s.Rank, s.Percentile, s.Band).Should().Be(((double?)null, (bool?)null, 1, 0.0, "bottom"));
    }

    [Fact]
    public void Z_of_exactly_3_is_an_outlier()
    {
        // nine 0s and one 10: mean 1, sd = √((9·1 + 81)/10) = 3; z(10) = 9/3 = 3 → outlier; z(0) = −1/3.
        double[] group = [0, 0, 0, 0, 0, 0, 0, 0, 0, 10];
        var high = PeerStatistics.Compute(group, 10, true);
        (high.Z, high.Outlier).Should().Be((3.0, true));
        PeerStatistics.Compute(group, 0, true).Outlier.Should().BeFalse();
    }

    [Fact]
    public void Values_shown_alike_tie()
    {
        // 1.004 and 1.001 are both shown 1.00: tied for rank 1, neither strictly worse than the other.
        var s = PeerStatistics.Compute([1.004, 1.001, 0.5], 1.001, true);
        (s.Rank, s.Percentile).Should().Be((1, 50.0));
    }

    [Fact]
    public void Bulk_ranks_equal_the_competition_ranks_of_the_group()
    {
        double?[] values = [3.2, null, 1.5, 3.2, 7, 0.25, 1.5, 1.5, 9.1, null];
        var group = new PeerGroup("all", false, Enumerable.Range(0, values.Length).ToArray());
        var stats = PeerStatistics.ComputeAll(Enumerable.Repeat(group, values.Length).ToArray(), values, higherIsBetter: false);

        var present = values.Where(v => v.HasValue).Select(v => v!.Value).ToArray();
        var expected = Ranking.Competition(present, higherIsBetter: false);
        stats.Where(s => s.Value.HasValue).Select(s => s.Rank!.Value).Should().Equal(expected);
        // lower is better: 0.25 → 1; 1.5 ×3 → 2; 3.2 ×2 → 5; 7 → 7; 9.1 → 8
        expected.Should().Equal(5, 2, 5, 7, 1, 2, 2, 8);
        stats[1].Band.Should().Be("none");
        stats.Should().OnlyContain(s => s.N == 8);
    }

    [Fact]
    public void Bulk_form_matches_the_single_unit_form_and_uses_previous_values()
    {
        double?[] values = [10, 20, 20, 30, 40];
        double?[] previous = [11, null, 20, 25, 40];
        var group = new PeerGroup("default:GW-P2", false, [0, 1, 2, 3, 4]);
        var stats = PeerStatistics.ComputeAll(Enumerable.Repeat(group, 5).ToArray(), values, true, previous);

        for (var i = 0; i < 5; i++)
            stats[i].Should().BeEquivalentTo(
                PeerStatistics.Compute([10, 20, 20, 30, 40], values[i], true, previous[i], "default:GW-P2"));
        stats.Select(s => s.Trend).Should().Equal("worsening", null, "unchanged", "improving", "unchanged");
    }

    [Fact]
    public void Shown_copy_rounds_to_2_decimals()
    {
        var s = PeerStatistics.Compute([5, 3, 8, 3], 3, false).AsShown();
        (s.Percentile, s.Z, s.Q3).Should().Be((66.67, -0.86, 5.75));
    }
}
