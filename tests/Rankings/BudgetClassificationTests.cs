using Samoocena.Questionnaires.Rankings;

namespace Samoocena.Tests.Rankings;

public class BudgetClassificationTests
{
    [Fact]
    public void Valid_codes_become_integers_without_leading_zeros()
    {
        BudgetClassification.TryParse("010", "01010", "6057", out var d, out var r, out var p, out var error).Should().BeTrue();
        (d, r, p, error).Should().Be((10, 1010, 6057, (string?)null));
    }

    [Theory]
    [InlineData("01", "01010", "6050", "Dział musi mieć 3 cyfry: '01'.")]
    [InlineData("900", "9001", "6050", "Rozdział musi mieć 5 cyfr: '9001'.")]
    [InlineData("900", "60016", "6050", "Rozdział '60016' nie należy do działu '900' (powinien zaczynać się od '900').")]
    [InlineData("900", "90001", "605", "Paragraf musi mieć 4 cyfry: '605'.")]
    [InlineData("900", "90001", "60a0", "Paragraf musi mieć 4 cyfry: '60a0'.")]
    public void Invalid_codes_get_a_polish_reason(string dzial, string rozdzial, string paragraf, string reason) =>
        BudgetClassification.Validate(dzial, rozdzial, paragraf).Should().Be(reason);

    [Fact]
    public void Csv_row_parses_with_comma_decimal_into_grosze()
    {
        BudgetLine.TryParse("0461011;2023;900;90001;6057;1234,56", out var line, out var error).Should().BeTrue();
        error.Should().BeNull();
        line.Should().Be(new BudgetLine(461011, 2023, 900, 90001, 6057, 123456));
        (line.TerytCode, line.DzialCode, line.RozdzialCode, line.ParagrafCode, line.Amount)
            .Should().Be(("0461011", "900", "90001", "6057", 1234.56m));
    }

    [Theory]
    [InlineData("0461011;2023;900;90001;6057", "Wiersz musi mieć 6 pól rozdzielonych średnikiem (teryt;year;dzial;rozdzial;paragraf;amount), ma 5.")]
    [InlineData("461011;2023;900;90001;6057;1", "Kod TERYT musi mieć 7 cyfr: '461011'.")]
    [InlineData("0461011;23;900;90001;6057;1", "Rok musi mieć 4 cyfry: '23'.")]
    [InlineData("0461011;2023;900;90001;6057;1.234", "Kwota musi być liczbą z co najwyżej 2 miejscami po przecinku: '1.234'.")]
    [InlineData("0461011;2023;900;90001;6057;abc", "Kwota musi być liczbą z co najwyżej 2 miejscami po przecinku: 'abc'.")]
    [InlineData("0461011;2023;010;90001;6057;1", "Rozdział '90001' nie należy do działu '010' (powinien zaczynać się od '010').")]
    public void Bad_csv_row_is_rejected_with_reason(string row, string reason)
    {
        BudgetLine.TryParse(row, out _, out var error).Should().BeFalse();
        error.Should().Be(reason);
    }

    [Fact]
    public void Negative_amount_is_a_valid_correction()
    {
        BudgetLine.TryParse("0205011;2020;600;60016;4270;-15.5", out var line, out _).Should().BeTrue();
        line.Grosze.Should().Be(-1550);
    }
}
