using Samoocena.Questionnaires.Demo;
using Samoocena.Questionnaires.Rankings;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Tests.Rankings;

public class GreenFinanceInputsTests
{
    private static readonly RankingDefinition Green = RankingDefinition.GreenFinance;
    private static readonly MunicipalityRegistry Registry = MunicipalityRegistry.Load();

    private static BudgetLine L(string teryt, int year, int rozdzial, int paragraf, decimal pln) =>
        new(BudgetLine.TerytNumber(teryt), year, rozdzial / 100, rozdzial, paragraf, (long)(pln * 100));

    private static GreenFinanceUnit Unit(GreenFinanceInputs inputs, string teryt) => inputs.Units.Single(u => u.Teryt == teryt);

    // Weight share of the present indicators: what the coverage rule of methodology §0 compares with 0.6.
    private static double PresentWeightShare(GreenFinanceUnit unit) =>
        Green.Indicators.Where(i => unit.Value(i.Id) is not null).Sum(i => i.Weight) / Green.TotalWeight;

    [Fact]
    public void Hand_computed_units_of_two_categories()
    {
        BudgetLine[] lines =
        [
            // Bydgoszcz (MNPP, population 324 040)
            L("0461011", 2018, 90001, 6050, 9_999_999m),     // before the 2024 window: ignored
            L("0461011", 2019, 90001, 6050, 1_000_000m),     // green capital
            L("0461011", 2020, 90001, 6057, 600_000m),       // green capital, EU-funded (4th digit 7)
            L("0461011", 2021, 60016, 6050, 2_400_000m),     // other capital
            L("0461011", 2022, 90002, 4300, 300_000m),       // green current
            L("0461011", 2022, 80101, 4010, 2_700_000m),     // other current
            L("0461011", 2024, 90001, 6050, 5_000_000m),     // after the window: ignored
            // Jawor (GM, population 20 300)
            L("0205011", 2021, 90004, 4300, 250_000m),       // green current
            L("0205011", 2023, 90005, 6058, 250_000m),       // green capital, EU-funded (4th digit 8)
            L("0205011", 2023, 75023, 4010, 1_000_000m),     // other current
        ];
        var inputs = GreenFinanceInputs.Compute(Green, 2024, lines, Registry);

        inputs.Units.Select(u => u.Teryt).Should().Equal("0205011", "0461011");
        inputs.LinesUsed.Should().Be(8);
        var bydgoszcz = Unit(inputs, "0461011");
        bydgoszcz.Should().BeEquivalentTo(new
        {
            Category = "MNPP",
            Population = 324_040,
            CapitalExpenditure = 4_000_000m,
            GreenCapitalExpenditure = 1_600_000m,
            CurrentExpenditure = 3_000_000m,
            GreenCurrentExpenditure = 300_000m,
            ExternalGreenCapitalExpenditure = 600_000m,
            YearsWithGreenCapital = 2,
        });
        bydgoszcz.G1.Should().Be(0.4);                        // 1.6 M / 4 M
        bydgoszcz.G2.Should().Be(1_600_000.0 / 324_040 / 5);  // ≈ 0.98753 zł per inhabitant per year
        bydgoszcz.G3.Should().Be(0.1);                        // 0.3 M / 3 M
        bydgoszcz.G4.Should().Be(0.375);                      // 0.6 M / 1.6 M
        bydgoszcz.G5.Should().Be(0.4);                        // 2019, 2020 of 5 years

        var jawor = Unit(inputs, "0205011");
        jawor.Category.Should().Be("GM");
        jawor.G1.Should().Be(1);                              // all capital spending is green
        jawor.G2.Should().Be(250_000.0 / 20_300 / 5);         // ≈ 2.46305
        jawor.G3.Should().Be(0.2);                            // 0.25 M / 1.25 M
        jawor.G4.Should().Be(1);
        jawor.G5.Should().Be(0.2);
        jawor.Missing.Should().BeEmpty();
    }

    [Fact]
    public void Unit_without_capital_spending_has_no_G1_and_no_G4_but_zero_G2_and_G5()
    {
        BudgetLine[] lines = [L("1414052", 2020, 90002, 4300, 100_000m), L("1414052", 2021, 80101, 4010, 300_000m)];
        var pomiechowek = Unit(GreenFinanceInputs.Compute(Green, 2024, lines, Registry), "1414052");
        (pomiechowek.G1, pomiechowek.G2, pomiechowek.G3, pomiechowek.G4, pomiechowek.G5)
            .Should().Be(((double?)null, (double?)0.0, (double?)0.25, (double?)null, (double?)0.0));
        pomiechowek.Missing.Should().Equal("G1", "G4");
        PresentWeightShare(pomiechowek).Should().BeApproximately(0.55, 1e-12); // 0.25 + 0.15 + 0.15 < 0.6
    }

    [Fact]
    public void Unit_with_unknown_population_has_no_G2()
    {
        BudgetLine[] lines = [L("1207132", 2023, 1010, 6050, 80_000m), L("1207132", 2023, 75023, 4010, 400_000m)];
        var szczawa = Unit(GreenFinanceInputs.Compute(Green, 2024, lines, Registry), "1207132");
        szczawa.Population.Should().BeNull();
        szczawa.Missing.Should().Equal("G2");
        (szczawa.G1, szczawa.G3, szczawa.G4, szczawa.G5).Should().Be(((double?)1.0, (double?)0.0, (double?)0.0, (double?)0.2));
        PresentWeightShare(szczawa).Should().BeApproximately(0.75, 1e-12);
    }

    [Fact]
    public void Unit_with_only_ordinary_current_spending_and_no_population_fails_coverage()
    {
        BudgetLine[] lines = [L("2002162", 2019, 75023, 4010, 500_000m), L("2002162", 2022, 80101, 4010, 700_000m)];
        var grabowka = Unit(GreenFinanceInputs.Compute(Green, 2024, lines, Registry), "2002162");
        grabowka.Missing.Should().Equal("G1", "G2", "G4");
        (grabowka.G3, grabowka.G5).Should().Be(((double?)0.0, (double?)0.0));
        // present: G3 0.15 + G5 0.15 = 0.30 of the weight, below the 0.6 coverage threshold
        PresentWeightShare(grabowka).Should().BeApproximately(0.30, 1e-12);
        PresentWeightShare(grabowka).Should().BeLessThan(Green.Coverage);
    }

    [Fact]
    public void Units_without_lines_in_the_window_are_absent_and_unknown_teryts_are_counted()
    {
        BudgetLine[] lines =
        [
            L("0205011", 2018, 90001, 6050, 1m),   // edition 2024 starts in 2019
            L("9999991", 2020, 90001, 6050, 1m),   // not in the registry
            L("0461011", 2019, 60016, 4270, 0m),   // a zero line still makes the unit take part
        ];
        var inputs = GreenFinanceInputs.Compute(Green, 2024, lines, Registry);
        inputs.Units.Select(u => u.Teryt).Should().Equal("0461011");
        (inputs.LinesUsed, inputs.LinesOfUnknownUnits).Should().Be((1, 1));
        GreenFinanceInputs.Compute(Green, 2023, lines, Registry).Units.Select(u => u.Teryt).Should().Equal("0205011", "0461011");
    }

    [Fact]
    public void Two_and_a_half_million_lines_are_all_aggregated()
    {
        // Speed is measured by the BenchmarkDotNet suite in loadtests/, not here.
        var demo = DemoBudget.Lines(Registry, 2019, 2023).ToArray();
        var lines = new BudgetLine[2_500_000];
        for (var i = 0; i < lines.Length; i++) lines[i] = demo[i % demo.Length];

        var inputs = GreenFinanceInputs.Compute(Green, 2024, lines, Registry);

        inputs.LinesUsed.Should().Be(2_500_000);
        inputs.Units.Should().HaveCount(2_479);
    }

    [Fact]
    public void Streamed_and_array_input_give_the_same_units()
    {
        var streamed = GreenFinanceInputs.Compute(Green, 2024, DemoBudget.Lines(Registry), Registry);
        var array = GreenFinanceInputs.Compute(Green, 2024, DemoBudget.Lines(Registry).ToArray().AsSpan(), Registry);
        streamed.Units.Should().Equal(array.Units);
        streamed.Units.Should().HaveCount(2_479);
    }
}
