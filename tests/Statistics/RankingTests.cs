using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Tests.Statistics;

public class RankingTests
{
    [Fact]
    public void Buffer_form_gives_competition_ranks_and_the_order_best_first()
    {
        // [50, 70.004, 69.995, 10]: both 70s are shown 70.00 and share rank 1; 50 → 3; 10 → 4.
        double[] scores = [50, 70.004, 69.995, 10];
        var ranks = new int[4];
        var order = new int[4];
        Ranking.Competition(scores, ranks, new double[4], order);

        ranks.Should().Equal(3, 1, 1, 4);
        order[2..].Should().Equal(0, 3);
        order[..2].Should().BeEquivalentTo([1, 2]);
        Ranking.Competition(scores).Should().Equal(ranks);
        Ranking.Competition(scores, higherIsBetter: false).Should().Equal(2, 3, 3, 1);
    }
}
