using Samoocena.Questionnaires.Text;

namespace Samoocena.Tests.Questionnaires;

public sealed class PolishCountTests
{
    [Theory]
    [InlineData(0, "0 gmin")]
    [InlineData(1, "1 gmina")]
    [InlineData(2, "2 gminy")]
    [InlineData(4, "4 gminy")]
    [InlineData(5, "5 gmin")]
    [InlineData(12, "12 gmin")]
    [InlineData(14, "14 gmin")]
    [InlineData(22, "22 gminy")]
    [InlineData(112, "112 gmin")]
    [InlineData(2479, "2479 gmin")]
    public void Counts_take_the_Polish_plural_form(long n, string expected) =>
        PolishCount.Of(n, PolishCount.Gmina).Should().Be(expected);

    [Fact]
    public void Rows_and_values_too() =>
        new[] { PolishCount.Of(1, PolishCount.Wiersz), PolishCount.Of(3, PolishCount.Wiersz), PolishCount.Of(1, PolishCount.Wartosc), PolishCount.Of(25, PolishCount.Wartosc) }
            .Should().Equal("1 wiersz", "3 wiersze", "1 wartość", "25 wartości");
}
