using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Tests.Statistics;

public class PeerStatisticsComputeAllTests
{
    [Fact]
    public void Every_unit_gets_exactly_the_statistics_of_computing_it_alone_against_its_group()
    {
        // 300 units in 3 interleaved groups (not in runs), many ties: values on a 0.5 grid, some nudged by less
        // than the 4-decimal rounding (x + 0.00001 ties with x), some equal to x + 0.0001 (not tied), every 11th
        // missing; unit 299 is not a member of its own group (a caller may do that) and unit 298's group has it
        // twice. The one-pass walk must give field for field what the single-unit Compute gives.
        const int count = 300;
        var values = new double?[count];
        var previous = new double?[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = i % 11 == 0 ? null : (i * 37 % 17) * 0.5 + (i % 5 == 0 ? 0.00001 : i % 7 == 0 ? 0.0001 : 0);
            previous[i] = i % 3 == 0 ? null : (i * 13 % 17) * 0.5;
        }
        var members = Enumerable.Range(0, 3).Select(g => Enumerable.Range(0, count).Where(i => i % 3 == g && i != 299).ToList()).ToArray();
        members[298 % 3].Add(298);
        var groups = Enumerable.Range(0, 3).Select(g => new PeerGroup($"g{g}", g == 1, members[g])).ToArray();
        var groupOfUnit = Enumerable.Range(0, count).Select(i => groups[i % 3]).ToArray();

        foreach (var higherIsBetter in new[] { true, false })
        {
            var all = PeerStatistics.ComputeAll(groupOfUnit, values, higherIsBetter, previous);

            for (var i = 0; i < count; i++)
            {
                var group = groupOfUnit[i];
                var groupValues = group.Members.Where(m => values[m] is not null).Select(m => values[m]!.Value).ToArray();
                var alone = PeerStatistics.Compute(groupValues, values[i], higherIsBetter, previous[i], group.Id, group.Widened);
                all[i].Should().Be(alone, $"unit {i}, higherIsBetter {higherIsBetter}");
            }
        }
    }

    [Fact]
    public void Ties_after_rounding_share_the_rank_and_count_only_strictly_worse_peers()
    {
        // Group [1.00001, 1, 2, 3.00004, 3] rounds to [1, 1, 2, 3, 3]. Stimulant:
        // 1 and 1.00001: 3 better → rank 4, 0 worse → percentile 0; 2: rank 3, 2 worse → 50;
        // 3 and 3.00004: rank 1, 3 worse → 100·3/4 = 75 → top.
        var group = new PeerGroup("g", false, [0, 1, 2, 3, 4]);
        double?[] values = [1.00001, 1, 2, 3.00004, 3];

        var all = PeerStatistics.ComputeAll([group, group, group, group, group], values, higherIsBetter: true);

        all.Select(s => (s.Rank, s.Percentile, s.Band)).Should().Equal(
            (4, 0.0, "bottom"), (4, 0.0, "bottom"), (3, 50.0, "middle"), (1, 75.0, "top"), (1, 75.0, "top"));
    }
}
