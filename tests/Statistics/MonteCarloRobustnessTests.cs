using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Tests.Statistics;

public class MonteCarloRobustnessTests
{
    private static readonly CompositeIndicator[] Indicators = [new("G1", 0.35), new("G2", 0.25), new("G3", 0.15), new("G4", 0.10), new("G5", 0.15)];

    /// <summary>Deterministic synthetic data: a dominant first unit, a dominated last one, the rest mixed.</summary>
    private static (string[] Units, double?[][] Values) Sample(int n)
    {
        var units = new string[n];
        var values = new double?[n][];
        for (var u = 0; u < n; u++)
        {
            units[u] = (1000000 + u).ToString(System.Globalization.CultureInfo.InvariantCulture);
            values[u] = new double?[Indicators.Length];
            for (var i = 0; i < Indicators.Length; i++)
                values[u][i] = u == 0 ? 1000 : u == n - 1 ? -1000 : (u * 37 + i * 101) % 97;
        }
        values[5][3] = null; // 90 % coverage: still ranked
        values[6] = [null, null, 1, 1, 1]; // 40 %: not ranked, absent from the robustness table
        return (units, values);
    }

    [Fact]
    public void Same_seed_gives_the_same_table()
    {
        var (units, values) = Sample(60);
        var first = MonteCarloRobustness.Run(units, values, Indicators, seed: 7);
        var second = MonteCarloRobustness.Run(units, values, Indicators, seed: 7);

        second.Units.Should().Equal(first.Units);
        foreach (var u in first.Units) second.AlwaysBeaten(u.Unit).Should().Equal(first.AlwaysBeaten(u.Unit));
        first.Units.Should().HaveCount(59).And.NotContain(r => r.Unit == "1000006");
        (first.Replicas, first.Seed).Should().Be((1000, 7UL));
    }

    [Fact]
    public void Another_seed_draws_other_replicas()
    {
        var (units, values) = Sample(60);
        var a = MonteCarloRobustness.Run(units, values, Indicators, seed: 7);
        var b = MonteCarloRobustness.Run(units, values, Indicators, seed: 8);
        b.Units.Should().NotEqual(a.Units);
    }

    [Fact]
    public void Dominant_unit_is_first_in_every_replica()
    {
        // 1000000 is best on every indicator: rank 1 under any weights and either normalisation → [1, 1];
        // 1000059 is worst everywhere → rank 59 (of the 59 ranked) in every replica.
        var (units, values) = Sample(60);
        var result = MonteCarloRobustness.Run(units, values, Indicators);

        result["1000000"].Should().Be(new UnitRobustness("1000000", 1, 1, 1, 58));
        result["1000059"].Should().Be(new UnitRobustness("1000059", 59, 59, 59, 0));
        result.AlwaysBeats("1000000", "1000059").Should().BeTrue();
        result.AlwaysBeats("1000059", "1000000").Should().BeFalse();
        result.AlwaysBeaten("1000000").Should().HaveCount(58).And.NotContain("1000000");
    }

    [Fact]
    public void Intervals_contain_the_median_and_pairs_never_beat_each_other_both_ways()
    {
        var (units, values) = Sample(60);
        var result = MonteCarloRobustness.Run(units, values, Indicators, replicas: 200);
        foreach (var u in result.Units)
        {
            u.LowRank.Should().BeLessThanOrEqualTo((int)Math.Floor(u.MedianRank));
            u.HighRank.Should().BeGreaterThanOrEqualTo((int)Math.Ceiling(u.MedianRank));
            foreach (var beaten in result.AlwaysBeaten(u.Unit))
            {
                result.AlwaysBeats(beaten, u.Unit).Should().BeFalse();
                // A rank at least one lower in every replica makes every type-7 quantile at least one lower
                // (and rounding keeps a whole-number shift), so both interval ends are strictly better.
                result[beaten].LowRank.Should().BeGreaterThan(u.LowRank);
                result[beaten].HighRank.Should().BeGreaterThan(u.HighRank);
            }
        }
    }

    [Fact]
    public void Unranked_unit_has_no_robustness_row()
    {
        var (units, values) = Sample(10);
        var result = MonteCarloRobustness.Run(units, values, Indicators, replicas: 10);
        FluentActions.Invoking(() => result["1000006"]).Should().Throw<ArgumentException>()
            .WithMessage("Jednostka '1000006' nie jest klasyfikowana w tym rankingu.*");
    }
}
