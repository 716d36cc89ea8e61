using Samoocena.Api.Excel;

namespace Samoocena.Tests.Excel;

public sealed class SheetNamesTests
{
    [Theory]
    [InlineData("Rozkład [2024]/Q?", "Rozkład _2024__Q_")]
    [InlineData("a:b*c\\d", "a_b_c_d")]
    [InlineData("'Cytat'", "Cytat")]
    [InlineData("history", "history_")]
    [InlineData("   ", "Arkusz")]
    [InlineData("Wskaźniki zielonych finansów gmin wiejskich", "Wskaźniki zielonych finansów gm")]
    public void Names_are_cleaned_to_excel_rules(string requested, string expected)
    {
        SheetNames.Clean(requested).Should().Be(expected);
    }

    [Fact]
    public void Repeated_names_get_a_number_and_stay_within_31_characters()
    {
        var names = new SheetNames();

        names.Claim("Dane").Should().Be("Dane");
        names.Claim("dane").Should().Be("dane (2)");
        names.Claim("DANE").Should().Be("DANE (3)");
        names.Claim("Wskaźniki zielonych finansów gmin wiejskich").Should().Be("Wskaźniki zielonych finansów gm");
        names.Claim("Wskaźniki zielonych finansów gmin miejskich").Should().Be("Wskaźniki zielonych finansó (2)");
    }
}
