using Samoocena.Questionnaires.Indicators;

namespace Samoocena.Tests.Indicators;

public class IndicatorCatalogTests
{
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.Load();

    [Fact]
    public void Embedded_catalogue_has_at_least_40_monitoring_indicators_over_the_nine_areas_and_finances()
    {
        Catalog.Indicators.Count(i => !i.Context).Should().Be(51);
        Catalog.Areas.Select(a => a.Id).Should().Equal(
            "edukacja", "polityka-spoleczna", "kultura-rekreacja", "drogownictwo-transport", "ochrona-srodowiska",
            "nieruchomosci", "inwestycje-budownictwo", "geodezja-kartografia", "podatki-oplaty", "finanse");
        foreach (var area in Catalog.Areas)
            Catalog.Indicators.Count(i => !i.Context && i.Area == area.Id).Should().BeGreaterThanOrEqualTo(3, area.Id);
        Catalog.Indicators.Where(i => !i.Context).Select(i => i.Dimension).Distinct()
            .Should().BeEquivalentTo("quantity", "quality", "accessibility", "efficiency");
    }

    [Fact]
    public void Indicator_carries_polish_name_unit_polarity_and_dimension()
    {
        var edu = Catalog.Find("EDU_01")!;
        edu.Should().Be(new Indicator("EDU_01", "Wydatki bieżące na oświatę na 1 ucznia", "zł", "-", "edukacja",
            "Szkoły podstawowe", "efficiency", false,
            "Wydatki bieżące działu 801 podzielone przez liczbę uczniów szkół prowadzonych przez gminę."));
        edu.HigherIsBetter.Should().BeFalse();
        Catalog.Find("SRO_01")!.HigherIsBetter.Should().BeTrue();
        Catalog.Find("NOPE").Should().BeNull();
    }

    [Fact]
    public void Context_indicators_include_own_revenue_and_post_working_age_share_and_never_enter_an_index()
    {
        var context = Catalog.Indicators.Where(i => i.Context).ToArray();
        context.Select(i => i.Id).Should().Equal("KTX_01", "KTX_02", "KTX_03", "KTX_04", "KTX_05", "KTX_06");
        Catalog.Find("KTX_01")!.Name.Should().Be("Dochody własne na 1 mieszkańca");
        Catalog.Find("KTX_02")!.Name.Should().Be("Udział ludności w wieku poprodukcyjnym");
        context.Should().OnlyContain(i => i.Dimension == IndicatorCatalog.ContextDimension);
        Catalog.Indices.SelectMany(x => x.Components).Select(c => c.Indicator)
            .Should().NotContain(context.Select(i => i.Id));
    }

    [Fact]
    public void Every_area_has_one_index_built_from_all_its_monitoring_indicators()
    {
        Catalog.Indices.Select(x => x.Area).Should().Equal(Catalog.Areas.Select(a => a.Id));
        foreach (var index in Catalog.Indices)
            index.Components.Select(c => c.Indicator).Should().Equal(
                Catalog.Indicators.Where(i => !i.Context && i.Area == index.Area).Select(i => i.Id), index.Id);
        // Education: 2 quality × 3 + 2 accessibility × 2.5 + 2 efficiency × 2.5 + 1 quantity × 2 = 18.
        Catalog.FindIndex("IDX_EDU")!.Components.Sum(c => c.Weight).Should().Be(18);
        Catalog.IndexOfArea("finanse")!.Id.Should().Be("IDX_FIN");
        Catalog.Coverage.Should().Be(0.6);
    }

    private const string Valid = """
        {"type":"indicators","id":"t","version":1,"title":"T","coverage":0.6,
         "areas":[{"id":"a","name":"A"}],
         "indicators":[{"id":"X_01","name":"x","unit":"zł","polarity":"+","area":"a","service":"s","dimension":"quality","context":false}],
         "indices":[{"id":"IDX_A","area":"a","name":"I","components":[{"indicator":"X_01","weight":1}]}]}
        """;

    [Fact]
    public void Minimal_valid_catalogue_parses()
    {
        var c = IndicatorCatalog.Parse(Valid);
        c.Indicators.Should().ContainSingle().Which.Id.Should().Be("X_01");
        c.Indices.Single().Components.Should().Equal(new IndexComponent("X_01", 1));
    }

    [Fact]
    public void Duplicate_id_bad_polarity_unknown_dimension_and_dangling_index_reference_are_all_reported()
    {
        var json = Valid
            .Replace("""{"id":"X_01","name":"x","unit":"zł","polarity":"+","area":"a","service":"s","dimension":"quality","context":false}""",
                """{"id":"X_01","name":"x","unit":"zł","polarity":"+","area":"a","service":"s","dimension":"quality","context":false},""" +
                """{"id":"X_01","name":"y","unit":"zł","polarity":"up","area":"a","service":"s","dimension":"speed","context":false}""")
            .Replace("""{"indicator":"X_01","weight":1}""", """{"indicator":"X_01","weight":1},{"indicator":"X_99","weight":1}""");
        var act = () => IndicatorCatalog.Parse(json);
        var message = act.Should().Throw<InvalidDataException>().Which.Message;
        message.Should().Contain("Wskaźnik 'X_01' występuje więcej niż raz.")
            .And.Contain("kierunek (polarity) musi być '+' albo '-', jest 'up'")
            .And.Contain("Wskaźnik 'X_01' ma nieznany wymiar 'speed'")
            .And.Contain("Indeks 'IDX_A' odwołuje się do nieznanego wskaźnika 'X_99'.");
    }

    [Fact]
    public void Context_indicator_inside_an_index_is_rejected()
    {
        var json = Valid.Replace("\"dimension\":\"quality\",\"context\":false", "\"dimension\":\"context\",\"context\":true");
        var act = () => IndicatorCatalog.Parse(json);
        act.Should().Throw<InvalidDataException>().WithMessage("*Indeks 'IDX_A' zawiera wskaźnik kontekstowy 'X_01'.*");
    }

    [Fact]
    public void Missing_required_field_is_rejected_with_polish_message()
    {
        var act = () => IndicatorCatalog.Parse(Valid.Replace("\"unit\":\"zł\",", ""));
        act.Should().Throw<InvalidDataException>().WithMessage("Niepoprawny JSON katalogu wskaźników:*");
    }
}
