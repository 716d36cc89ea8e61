using Samoocena.Questionnaires.Scoring;

namespace Samoocena.Tests.Questionnaires;

public sealed class MaturityLevelTests
{
    [Theory]
    [InlineData(0, "poczatkowy")]
    [InlineData(19.99994, "poczatkowy")]
    [InlineData(19.99996, "podstawowy")] // rounds to 20.0000 before the comparison
    [InlineData(20, "podstawowy")]
    [InlineData(39.9999, "podstawowy")]
    [InlineData(40, "rozwijajacy-sie")]
    [InlineData(60, "dojrzaly")]
    [InlineData(79.99, "dojrzaly")]
    [InlineData(80, "wzorcowy")]
    [InlineData(100, "wzorcowy")]
    public void Score_falls_into_its_band_after_rounding_to_four_decimals(double score, string expected)
    {
        MaturityLevel.Of(score).Id.Should().Be(expected);
    }

    [Fact]
    public void Levels_carry_polish_labels()
    {
        MaturityLevel.All.Select(l => l.Label).Should().Equal("początkowy", "podstawowy", "rozwijający się", "dojrzały", "wzorcowy");
    }
}
