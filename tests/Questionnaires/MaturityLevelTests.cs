using Samoocena.Questionnaires.Scoring;

namespace Samoocena.Tests.Questionnaires;

public sealed class MaturityLevelTests
{
    [Theory]
    [InlineData(0, "poczatkowy")]
    [InlineData(19.994, "poczatkowy")]
    [InlineData(19.99994, "podstawowy")] // shown 20.00 (v1.0 compared 19.9999 and said początkowy)
    [InlineData(19.995, "podstawowy")] // shown 20.00
    [InlineData(20, "podstawowy")]
    [InlineData(39.994, "podstawowy")]
    [InlineData(39.9999, "rozwijajacy-sie")] // shown 40.00
    [InlineData(40, "rozwijajacy-sie")]
    [InlineData(60, "dojrzaly")]
    [InlineData(79.99, "dojrzaly")]
    [InlineData(80, "wzorcowy")]
    [InlineData(100, "wzorcowy")]
    public void Score_falls_into_its_band_as_shown(double score, string expected)
    {
        MaturityLevel.Of(score).Id.Should().Be(expected);
    }

    [Fact]
    public void Levels_carry_polish_labels()
    {
        MaturityLevel.All.Select(l => l.Label).Should().Equal("początkowy", "podstawowy", "rozwijający się", "dojrzały", "wzorcowy");
    }
}
