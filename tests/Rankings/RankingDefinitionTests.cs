using Samoocena.Questionnaires.Rankings;

namespace Samoocena.Tests.Rankings;

public class RankingDefinitionTests
{
    private static readonly RankingDefinition Green = RankingDefinition.GreenFinance;

    [Fact]
    public void Green_finance_definition_follows_methodology_section_5()
    {
        Green.Type.Should().Be("ranking");
        Green.Id.Should().Be("zielone-finanse");
        Green.Editions.Should().Equal(new RankingEdition(2023, 2018, 2022), new RankingEdition(2024, 2019, 2023));
        Green.Categories.Should().Equal("MNPP", "GM", "GMW", "GW");
        Green.CapitalParagraphPrefixes.Should().Equal("605", "606");
        Green.ExternalFundingFourthDigits.Should().Equal(7, 8);
        Green.GreenRozdzialy.Should().Equal("01010", "60004", "90001", "90002", "90004", "90005", "90006", "90007", "90019", "90026");
        Green.Indicators.Select(i => (i.Id, i.Weight, i.Polarity)).Should().Equal(
            ("G1", 0.35, "+"), ("G2", 0.25, "+"), ("G3", 0.15, "+"), ("G4", 0.10, "+"), ("G5", 0.15, "+"));
        Green.Coverage.Should().Be(0.6);
        Green.MonteCarlo.Should().Be(new MonteCarloSettings(1000, 20241, 0.75, 1.25, 0.5));
    }

    [Theory]
    [InlineData(1, "Lider")]
    [InlineData(3, "Lider")]
    [InlineData(4, "Laureat")]
    [InlineData(10, "Laureat")]
    [InlineData(11, null)]
    public void Ranks_1_to_3_are_leaders_and_4_to_10_laureates(int rank, string? label) =>
        Green.LabelFor(rank).Should().Be(label);

    [Fact]
    public void Edition_window_is_the_five_years_before_the_edition()
    {
        Green.Edition(2024).Should().Be(new RankingEdition(2024, 2019, 2023));
        Green.Edition(2024).Years.Should().Be(5);
        Green.Edition(2024).Covers(2018).Should().BeFalse();
        Green.Edition(2024).Covers(2019).Should().BeTrue();
    }

    [Fact]
    public void Unknown_edition_is_refused_with_the_available_ones()
    {
        var act = () => Green.Edition(2020);
        act.Should().Throw<KeyNotFoundException>().WithMessage("Ranking 'zielone-finanse' nie ma edycji 2020 (dostępne: 2023, 2024).");
    }

    [Fact]
    public void Edition_window_not_matching_the_rule_is_rejected()
    {
        var json = ReadEmbedded().Replace("\"edition\": 2024, \"firstYear\": 2019", "\"edition\": 2024, \"firstYear\": 2018");
        var act = () => RankingDefinition.Parse(json);
        act.Should().Throw<InvalidDataException>().WithMessage("*Edycja 2024 musi obejmować lata 2019–2023, obejmuje 2018–2023.*");
    }

    [Fact]
    public void Overlapping_labels_and_non_positive_weight_are_rejected()
    {
        var json = ReadEmbedded()
            .Replace("\"fromRank\": 4", "\"fromRank\": 3")
            .Replace("\"weight\": 0.10", "\"weight\": 0");
        var act = () => RankingDefinition.Parse(json);
        var message = act.Should().Throw<InvalidDataException>().Which.Message;
        message.Should().Contain("Zakresy etykiet 'Lider' i 'Laureat' nachodzą na siebie.")
            .And.Contain("Waga wskaźnika 'G4' musi być dodatnia, jest 0.");
    }

    private static string ReadEmbedded()
    {
        using var s = typeof(RankingDefinition).Assembly.GetManifestResourceStream("definitions/zielone-finanse.json")!;
        return new StreamReader(s).ReadToEnd();
    }
}
