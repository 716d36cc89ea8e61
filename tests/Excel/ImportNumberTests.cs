using Samoocena.Api.Imports;

namespace Samoocena.Tests.Excel;

public sealed class ImportNumberTests
{
    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData(" 1 234,5 ", 1234.5)]
    [InlineData("1\u00A0234", 1234)]
    [InlineData("-3", -3)]
    [InlineData("\u22122,5", -2.5)]
    [InlineData("+7", 7)]
    [InlineData("1E-3", 0.001)]
    [InlineData("0,0001", 0.0001)]
    public void Accepts_polish_and_invariant_numbers(string text, double expected)
    {
        ImportNumber.TryParse(text, out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("abc")]
    [InlineData("1.234,5")]
    [InlineData("1,234.5")]
    [InlineData("1,2,3")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e400")]
    [InlineData("12%")]
    [InlineData("∞")]
    public void Rejects_text_that_is_not_one_finite_number(string? text)
    {
        ImportNumber.TryParse(text, out var value).Should().BeFalse();
        value.Should().Be(0);
    }

    [Theory]
    [InlineData("2024", 2024)]
    [InlineData("2024.0", 2024)]
    [InlineData("-5", -5)]
    public void Accepts_whole_numbers_as_integers(string text, int expected)
    {
        ImportNumber.TryParseInteger(text, out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("12,5")]
    [InlineData("3000000000")]
    [InlineData("rok")]
    public void Rejects_fractions_and_out_of_range_integers(string text)
    {
        ImportNumber.TryParseInteger(text, out var value).Should().BeFalse();
        value.Should().Be(0);
    }
}
