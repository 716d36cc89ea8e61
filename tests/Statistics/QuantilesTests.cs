using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Tests.Statistics;

public class QuantilesTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void Single_value_is_every_quantile(double p) =>
        Quantiles.OfSorted([7.0], p).Should().Be(7.0);

    [Fact]
    public void Two_values_interpolate_linearly()
    {
        // [1, 3]: h = p; Q1 = 1 + 0.25·2 = 1.5, median = 2, Q3 = 1 + 0.75·2 = 2.5
        double[] x = [1, 3];
        Quantiles.OfSorted(x, 0.25).Should().Be(1.5);
        Quantiles.OfSorted(x, 0.5).Should().Be(2);
        Quantiles.OfSorted(x, 0.75).Should().Be(2.5);
    }

    [Fact]
    public void Quartiles_match_excel_quartile_inc()
    {
        // [1, 2, 3, 4]: Q1 h = 0.75 → 1.75; median h = 1.5 → 2.5; Q3 h = 2.25 → 3.25 (QUARTILE.INC gives the same)
        double[] x = [1, 2, 3, 4];
        Quantiles.OfSorted(x, 0.25).Should().Be(1.75);
        Quantiles.OfSorted(x, 0.5).Should().Be(2.5);
        Quantiles.OfSorted(x, 0.75).Should().Be(3.25);
        Quantiles.OfSorted(x, 0).Should().Be(1);
        Quantiles.OfSorted(x, 1).Should().Be(4);
    }

    [Fact]
    public void Ties_fall_on_order_statistics()
    {
        // [2, 2, 2, 5, 9]: Q1 h = 1 → 2; median h = 2 → 2; Q3 h = 3 → 5; p 0.9: h = 3.6 → 5 + 0.6·4 = 7.4
        double[] x = [2, 2, 2, 5, 9];
        Quantiles.OfSorted(x, 0.25).Should().Be(2);
        Quantiles.OfSorted(x, 0.5).Should().Be(2);
        Quantiles.OfSorted(x, 0.75).Should().Be(5);
        Quantiles.OfSorted(x, 0.9).Should().BeApproximately(7.4, 1e-12);
    }

    [Fact]
    public void Unsorted_input_is_sorted_first()
    {
        // sorted [1, 2, 3, 4] → median 2.5
        Quantiles.Of([4.0, 1, 3, 2], 0.5).Should().Be(2.5);
    }

    [Fact]
    public void Empty_data_and_order_outside_0_1_are_rejected()
    {
        FluentActions.Invoking(() => Quantiles.OfSorted([], 0.5)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Quantiles.OfSorted([1.0], 1.5)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Quantiles.OfSorted([1.0], double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
