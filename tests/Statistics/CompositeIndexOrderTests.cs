using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Tests.Statistics;

public class CompositeIndexOrderTests
{
    [Fact]
    public void Rows_follow_the_competition_ranks_with_ties_ordered_by_unit_id()
    {
        // 400 units with values on a coarse grid (many equal composites) given in a scrambled id order, every
        // 13th unit below coverage. Ranks and order must be those of Ranking.Order over the scores.
        const int count = 400;
        var units = Enumerable.Range(0, count).Select(u => (u * 7919 % 1000).ToString("D7")).ToArray();
        var values = Enumerable.Range(0, count).Select(u => (IReadOnlyList<double?>)new double?[]
        {
            u % 13 == 0 ? null : u * 31 % 5,
            u % 13 == 0 ? null : u * 17 % 3,
            u * 11 % 4,
        }).ToArray();
        CompositeIndicator[] indicators = [new("A", 0.5), new("B", 0.3, false), new("C", 0.2)];

        foreach (var normalisation in new[] { Normalisation.MinMax, Normalisation.ZScore })
        {
            var result = CompositeIndex.Compute(units, values, indicators, normalisation);

            var byUnit = result.Rows.ToDictionary(r => r.Unit);
            var expected = Ranking.Order(byUnit.Keys.Reverse().ToArray(), u => byUnit[u].Score, u => u);
            result.Rows.Select(r => (r.Unit, r.Rank)).Should().Equal(expected.Select(e => (e.Item, e.Rank)));
            result.Rows.Should().HaveCount(count - 31);
            result.NotRanked.Select(n => n.Unit).Should().BeInAscendingOrder(StringComparer.Ordinal).And.HaveCount(31);
        }
    }
}
