using Samoocena.Questionnaires.Awards;
using Samoocena.Questionnaires.Demo;
using Samoocena.Questionnaires.Indicators;
using Samoocena.Questionnaires.Rankings;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Tests.Demo;

public class DemoDataTests
{
    private static readonly MunicipalityRegistry Registry = MunicipalityRegistry.Load();
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.Load();

    [Fact]
    public void Every_catalogue_indicator_has_a_demo_profile()
    {
        DemoMetricProfiles.ById.Keys.Should().BeEquivalentTo(Catalog.Indicators.Select(i => i.Id));
        DemoMetricProfiles.ById.Values.Should().OnlyContain(p => p.Min < p.Max && p.Sd > 0);
    }

    [Fact]
    public void Demo_metrics_are_the_same_on_every_run_and_pinned_values_do_not_move()
    {
        var first = DemoMetrics.Generate(Registry, Catalog).ToArray();
        var second = DemoMetrics.Generate(Registry, Catalog).ToArray();
        second.Should().Equal(first);
        first[0].Should().Be(new DemoMetricValue("0201011", 2022, "EDU_01", 12417));
        Lookup(first, "1465011", 2024, "SRO_01").Should().Be(71.7);
        Lookup(first, "1414052", 2023, "KTX_01").Should().Be(4943);
        first.Length.Should().Be(411_366);
    }

    [Fact]
    public void Demo_metrics_cover_every_unit_year_and_indicator_with_about_3_percent_gaps_inside_bounds()
    {
        var values = DemoMetrics.Generate(Registry, Catalog).ToArray();
        var full = 2_479 * 3 * Catalog.Indicators.Count;
        (1 - (double)values.Length / full).Should().BeInRange(0.025, 0.035);
        values.Select(v => v.Teryt).Distinct().Should().HaveCount(2_479);
        values.Select(v => v.Year).Distinct().Should().Equal(2022, 2023, 2024);
        foreach (var v in values)
        {
            var p = DemoMetricProfiles.ById[v.IndicatorId];
            v.Value.Should().BeInRange(p.Min, p.Max);
        }
        // Related to size: towns have more sewer connections than rural gminas on average.
        double Mean(string category, string id) => values
            .Where(v => v.IndicatorId == id && Registry.Find(v.Teryt)!.Category == category).Average(v => v.Value);
        Mean("MNPP", "SRO_01").Should().BeGreaterThan(Mean("GW", "SRO_01") + 20);
        Mean("GW", "EDU_07").Should().BeGreaterThan(Mean("GM", "EDU_07") + 10);
    }

    [Fact]
    public void Demo_budget_is_deterministic_with_pinned_sums()
    {
        var first = DemoBudget.Lines(Registry, 2019, 2019).Where(l => l.Teryt == 461011).ToArray();
        var second = DemoBudget.Lines(Registry, 2019, 2023).Where(l => l.Teryt == 461011 && l.Year == 2019).ToArray();
        second.Should().Equal(first);
        first.Length.Should().Be(42);
        first.Sum(l => l.Grosze).Should().Be(268_835_844_174L);
        first[0].Should().Be(new BudgetLine(461011, 2019, 900, 90007, 4300, 181_246_880));
    }

    [Fact]
    public void Demo_budget_has_plausible_magnitudes_and_shapes()
    {
        var lines = DemoBudget.Lines(Registry, 2019, 2023).ToArray();
        var perUnitYear = lines.GroupBy(l => (l.Teryt, l.Year)).ToArray();
        perUnitYear.Should().HaveCount(2_479 * 5);
        perUnitYear.Should().OnlyContain(g => g.Count() >= 20 && g.Count() <= 60);
        var capitalYears = 0;
        foreach (var g in perUnitYear)
        {
            var unit = Registry.Find(g.Key.Teryt.ToString("D7"))!;
            if (unit.Population is not { } pop) continue;
            var current = g.Where(l => l.Paragraf / 100 != 60).Sum(l => l.Grosze) / 100.0 / pop;
            current.Should().BeInRange(4_000, 10_000);
            var capital = g.Where(l => l.Paragraf / 10 is 605 or 606).Sum(l => l.Grosze) / 100.0 / pop;
            capital.Should().BeInRange(0, 4_000);
            if (capital > 0) capitalYears++;
        }
        ((double)capitalYears / perUnitYear.Length).Should().BeInRange(0.9, 0.96);
        lines.Should().Contain(l => l.Paragraf == 6057).And.Contain(l => l.Paragraf == 6058);
        var unitsWithoutCapital = lines.GroupBy(l => l.Teryt).Count(g => !g.Any(l => l.Paragraf / 10 is 605 or 606));
        unitsWithoutCapital.Should().BeInRange(3, 30);
    }

    [Fact]
    public void Demo_budget_feeds_the_green_ranking_with_some_units_below_coverage()
    {
        var inputs = GreenFinanceInputs.Compute(RankingDefinition.GreenFinance, 2024, DemoBudget.Lines(Registry, 2019, 2023), Registry);
        inputs.Units.Should().HaveCount(2_479);
        inputs.Units.Count(u => u.G1 is null).Should().BeGreaterThan(0);
        inputs.Units.Count(u => u.G2 is null).Should().Be(2); // Szczawa and Grabówka have no population
        var g1 = inputs.Units.Where(u => u.G1 is not null).Select(u => u.G1!.Value).ToArray();
        g1.Average().Should().BeInRange(0.15, 0.5);
    }

    [Fact]
    public void A_five_year_window_covers_every_gmina_with_at_least_20_lines_a_year()
    {
        var count = DemoBudget.Lines(Registry, 2019, 2023).Count();
        count.Should().BeGreaterThan(2_479 * 5 * 20);
    }

    [Fact]
    public void Demo_award_sheets_are_deterministic_respect_conflicts_and_include_an_incomplete_sheet()
    {
        var award = DemoAwardSheets.Award();
        var sheets = DemoAwardSheets.For(award);
        DemoAwardSheets.For(award).Select(s => (s.Juror, s.NomineeId, string.Join(",", s.Scores.Select(p => $"{p.Key}={p.Value}"))))
            .Should().Equal(sheets.Select(s => (s.Juror, s.NomineeId, string.Join(",", s.Scores.Select(p => $"{p.Key}={p.Value}")))));
        sheets.Should().HaveCount(6 * 16 - 2); // jury03 (Kalisz) and jury05 (Jawor) skip their own towns
        sheets.Should().NotContain(s => s.Juror == "jury03" && s.NomineeId == "mnpp-kalisz");
        sheets.Should().Contain(s => s.Scores.Count < 4);
        sheets.SelectMany(s => s.Scores.Values).Should().OnlyContain(v => v >= 0 && v <= 10);
        var results = AwardResults.Compute(award, sheets);
        results.Select(r => r.Rows[0].NomineeId).Should().Equal("mnpp-wroclaw", "miasta-wieliczka", "wlodarze-lublin");
    }

    private static double Lookup(DemoMetricValue[] values, string teryt, int year, string id) =>
        values.Single(v => v.Teryt == teryt && v.Year == year && v.IndicatorId == id).Value;
}
