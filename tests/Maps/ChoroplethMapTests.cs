using System.Diagnostics;
using System.Globalization;
using Samoocena.Api.Maps;
using Samoocena.Questionnaires.Registry;
using Xunit.Abstractions;

namespace Samoocena.Tests.Maps;

public sealed class ChoroplethMapTests(ITestOutputHelper output)
{
    private static readonly MunicipalityRegistry Registry = MunicipalityRegistry.Load();

    private static SvgDocument Render(ChoroplethMap map) => new(map.ToSvg(Registry));

    [Fact]
    public void Category_map_is_well_formed_with_2477_gmina_paths_and_16_voivodeship_outlines()
    {
        var svg = Render(CategoryScale.Map(Registry));

        svg.Root.Name.Should().Be(SvgDocument.Svg + "svg");
        ((string?)svg.Root.Attribute("role")).Should().Be("img");
        ((string?)svg.Root.Attribute("aria-labelledby")).Should().Be("map-title map-desc");
        svg.Root.Element(SvgDocument.Svg + "title")!.Value.Should().Be("Gminy według kategorii");
        svg.Root.Element(SvgDocument.Svg + "desc")!.Value.Should().StartWith("Mapa gmin Polski. Legenda: MNPP – miasta na prawach powiatu (66); ");
        // 2,479 gminas less Szczawa and Grabówka, which have no polygon of their own.
        svg.Gminas.Should().HaveCount(2477);
        svg.Gminas.Select(p => (string)p.Attribute("data-teryt")!).Should().OnlyHaveUniqueItems()
            .And.NotContain(["1207132", "2002162"]);
        svg.Voivodeships.Should().HaveCount(16);
        svg.Voivodeships.Should().OnlyContain(p => p.Attribute("fill") == null && p.Parent!.Attribute("class")!.Value == "wojewodztwa");
    }

    [Fact]
    public void Each_gmina_is_filled_with_the_colour_of_its_category()
    {
        var svg = Render(CategoryScale.Map(Registry));

        svg.Fill("1465011").Should().Be("#6a3d9a"); // Warszawa, MNPP
        svg.Fill("0201011").Should().Be("#d95f5f"); // Bolesławiec (miejska), GM
        svg.Fill("2002093").Should().Be("#f0a34a"); // Supraśl, GMW
        svg.Fill("2602042").Should().Be("#b9d8a3"); // Nagłowice, GW
        svg.Gminas.Should().OnlyContain(p => (string)p.Attribute("fill")! == CategoryScale.Colours[Registry.Find((string)p.Attribute("data-teryt")!)!.Category]);
        svg.LegendLabels.Should().Equal(
            "MNPP – miasta na prawach powiatu (66)", "GM – gminy miejskie (236)",
            "GMW – gminy miejsko-wiejskie (718)", "GW – gminy wiejskie (1459)");
    }

    [Fact]
    public void One_category_only_greys_the_others()
    {
        var svg = Render(CategoryScale.Map(Registry, only: "GMW"));

        svg.Fill("2002093").Should().Be("#f0a34a");
        svg.Fill("1465011").Should().Be(CategoryScale.OtherCategory);
        svg.LegendLabels.Should().Equal("GMW – gminy miejsko-wiejskie (718)", "pozostałe kategorie (1761)");
    }

    [Fact]
    public void Highlighted_gmina_has_a_thick_dark_outline_drawn_above_the_voivodeship_outlines()
    {
        var svg = Render(CategoryScale.Map(Registry) with { Highlight = "1465011" });

        var warszawa = svg.Gmina("1465011");
        ((string?)warszawa.Attribute("stroke")).Should().Be(ChoroplethMap.HighlightStroke);
        ((string?)warszawa.Attribute("stroke-width")).Should().Be("2.2");
        ((string?)warszawa.Parent!.Attribute("class")).Should().Be("highlight");
        warszawa.IsAfter(svg.Voivodeships[^1]).Should().BeTrue();
        warszawa.Parent.Elements(SvgDocument.Svg + "text").Single().Value.Should().Be("Warszawa");
        svg.Gminas.Count(p => p.Attribute("stroke") != null).Should().Be(1);
        svg.Gminas.Should().HaveCount(2477);
        svg.LegendLabels[^1].Should().Be("wyróżniona: Warszawa");
    }

    [Fact]
    public void Highlighting_Szczawa_outlines_Kamienica_which_still_covers_it()
    {
        var svg = Render(CategoryScale.Map(Registry) with { Highlight = "1207132" });

        ((string?)svg.Gmina("1207052").Attribute("stroke")).Should().Be(ChoroplethMap.HighlightStroke);
        svg.Gmina("1207052").Parent!.Elements(SvgDocument.Svg + "text").Single().Value.Should().Be("Szczawa (na mapie w gminie Kamienica)");
    }

    [Fact]
    public void Unknown_highlight_is_rejected()
    {
        var render = () => (CategoryScale.Map(Registry) with { Highlight = "9999999" }).ToSvg(Registry);

        render.Should().Throw<ArgumentException>().WithMessage("Nie ma gminy o kodzie TERYT 9999999.*");
    }

    [Fact]
    public void Peers_are_outlined_in_blue_and_keep_their_fill()
    {
        var peers = new HashSet<string> { "0201022", "0201032" };
        var svg = Render(CategoryScale.Map(Registry) with { Highlight = "0201011", Peers = peers });

        foreach (var teryt in peers)
        {
            ((string?)svg.Gmina(teryt).Attribute("stroke")).Should().Be(ChoroplethMap.PeerStroke);
            ((string?)svg.Gmina(teryt).Parent!.Attribute("class")).Should().Be("peers");
            svg.Fill(teryt).Should().Be("#b9d8a3");
        }
        svg.Gminas.Should().HaveCount(2477);
        svg.LegendLabels.TakeLast(2).Should().Equal("wyróżniona: Bolesławiec", "gminy porównywane (2)");
    }

    [Fact]
    public void Tooltips_use_registry_names_not_the_outdated_boundary_file_names()
    {
        var svg = Render(CategoryScale.Map(Registry));

        // The boundary file still says "Słupia (Jędrzejowska)", "Słupsk" and "Sitkówka-Nowiny".
        svg.Tooltip("2602072").Should().Be("Słupia (2602072): GW, wiejska, powiat jędrzejowski, woj. świętokrzyskie");
        svg.Tooltip("2212082").Should().StartWith("Redzikowo (2212082): GW");
        svg.Tooltip("2604172").Should().StartWith("Nowiny (2604172): GW");
        svg.Tooltip("1465011").Should().Be("Warszawa (1465011): MNPP, miasto na prawach powiatu, powiat Warszawa, woj. mazowieckie");
    }

    [Fact]
    public void Legend_notes_that_Szczawa_and_Grabowka_lie_inside_Kamienica_and_Suprasl()
    {
        var map = CategoryScale.Map(Registry);
        var svg = Render(map with { Areas = new Dictionary<string, MapArea>(map.Areas) { ["1207132"] = new("#000", "wartość 7") } });

        var note = svg.Root.Descendants(SvgDocument.Svg + "text").Single(t => (string?)t.Attribute("id") == "coverage-note").Value;
        note.Should().Be(string.Concat(ChoroplethMap.CoverageNote));
        note.Should().Contain("Szczawa (1207132) i Grabówka (2002162)").And.Contain("Kamienica (1207052) i Supraśl (2002093)");
        svg.Tooltip("1207052").Should().EndWith("; na mapie obejmuje też gminę Szczawa (1207132): wartość 7");
        svg.Tooltip("2002093").Should().Be("Supraśl (2002093): GMW, miejsko-wiejska, powiat białostocki, woj. podlaskie; "
            + "na mapie obejmuje też gminę Grabówka (2002162): GW, wiejska, powiat białostocki, woj. podlaskie");
    }

    [Fact]
    public void Band_map_puts_each_band_colour_on_its_gminas_and_grey_elsewhere()
    {
        var bands = new Dictionary<string, (string Band, string Value)>
        {
            ["1465011"] = ("top", "12,5 zł"),
            ["0201011"] = ("middle", "8,0 zł"),
            ["2602042"] = ("bottom", "1,2 zł"),
            ["2002093"] = ("none", "brak wartości"),
        };
        var svg = Render(BandScale.Map("Wydatki na mieszkańca", bands));

        svg.Fill("1465011").Should().Be("#2f9e5a");
        svg.Fill("0201011").Should().Be("#f2c744");
        svg.Fill("2602042").Should().Be("#d8483f");
        svg.Fill("2002093").Should().Be(ChoroplethMap.MissingColour);
        svg.Gminas.Count(p => (string)p.Attribute("fill")! == ChoroplethMap.MissingColour).Should().Be(2474);
        svg.Tooltip("1465011").Should().Be("Warszawa (1465011): 12,5 zł, najlepsze 25%");
        svg.Tooltip("2602042").Should().Be("Nagłowice (2602042): 1,2 zł, najsłabsze 25%");
        svg.Tooltip("2002093").Should().StartWith("Supraśl (2002093): brak danych");
        // 2,479 − 3 gminas with a band = 2,476 without data.
        svg.LegendLabels.Should().Equal("najlepsze 25% w grupie (1)", "środkowe 50% (1)", "najsłabsze 25% (1)", "brak danych (2476)");
    }

    [Fact]
    public void Sequential_breaks_are_the_quintiles_of_methodology_type_7()
    {
        // n = 10, h = 9p: p = .2 → 2 + .8·1 = 2.8; .4 → 4.6; .6 → 6.4; .8 → 8.2.
        // (h − ⌊h⌋ carries binary rounding: 6.4 comes out as 6.3999999999999995.)
        SequentialScale.Breaks([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]).Should().Equal([2.8, 4.6, 6.4, 8.2], (a, b) => Math.Abs(a - b) < 1e-12);
        // 5,5,5,5,9: h = 0.8, 1.6, 2.4 → 5; h = 3.2 → 5 + .2·4 = 5.8; repeats collapse.
        SequentialScale.Breaks([5, 5, 5, 9, 5]).Should().Equal([5, 5.8], (a, b) => Math.Abs(a - b) < 1e-12);
        // All equal: the only quantile is the maximum, so one class.
        SequentialScale.Breaks([3, 3, 3]).Should().BeEmpty();
        SequentialScale.ClassOf(2.8, [2.8, 4.6]).Should().Be(0);
        SequentialScale.ClassOf(2.81, [2.8, 4.6]).Should().Be(1);
        SequentialScale.ClassOf(99, [2.8, 4.6]).Should().Be(2);
    }

    [Fact]
    public void Sequential_map_colours_each_value_by_its_quintile_class()
    {
        var teryts = Registry.All.Take(10).Select(u => u.Teryt).ToArray();
        var values = teryts.Select((t, i) => (t, (double?)(i + 1))).ToDictionary(x => x.t, x => x.Item2);
        values["1465011"] = null;
        var svg = Render(SequentialScale.Map("Wartość", values, v => v.ToString("0.0", CultureInfo.InvariantCulture) + " pkt"));

        // Classes of 1..10 with breaks 2.8, 4.6, 6.4, 8.2: {1,2} {3,4} {5,6} {7,8} {9,10}.
        teryts.Select(svg.Fill).Should().Equal(
            Enumerable.Range(0, 10).Select(i => SequentialScale.Colours[i / 2]));
        svg.Fill("1465011").Should().Be(ChoroplethMap.MissingColour);
        svg.Tooltip(teryts[2]).Should().EndWith(": 3.0 pkt, klasa 2 z 5 (2.8 pkt – 4.6 pkt)");
        svg.LegendLabels.Should().Equal("1.0 pkt – 2.8 pkt (2)", "2.8 pkt – 4.6 pkt (2)", "4.6 pkt – 6.4 pkt (2)",
            "6.4 pkt – 8.2 pkt (2)", "8.2 pkt – 10.0 pkt (2)", "brak danych (2469)");
    }

    [Fact]
    public void Sequential_map_with_ties_spans_light_to_dark_with_fewer_classes()
    {
        var teryts = Registry.All.Take(5).Select(u => u.Teryt).ToArray();
        double?[] raw = [5, 5, 5, 9, 5.5];
        var svg = Render(SequentialScale.Map("Wartość", teryts.Zip(raw).ToDictionary(x => x.First, x => x.Second)));

        // Sorted 5, 5, 5, 5.5, 9; h = 0.8, 1.6 → 5; h = 2.4 → 5 + .4·.5 = 5.2; h = 3.2 → 5.5 + .2·3.5 = 6.2.
        // Breaks 5, 5.2, 6.2 make four classes, {5,5,5} {} {5.5} {9}, coloured 0, 1, 3, 4 of the five.
        teryts.Select(svg.Fill).Should().Equal(
            SequentialScale.Colours[0], SequentialScale.Colours[0], SequentialScale.Colours[0], SequentialScale.Colours[4], SequentialScale.Colours[3]);
    }

    [Fact]
    public void Ranking_map_colours_leaders_laureates_others_and_unranked()
    {
        var standings = new Dictionary<string, (RankingStanding, string)>
        {
            ["2602042"] = (RankingStanding.Lider, "miejsce 1 w kategorii GW, wynik 91,20"),
            ["0201032"] = (RankingStanding.Laureat, "miejsce 7 w kategorii GW, wynik 70,05"),
            ["0201022"] = (RankingStanding.Ranked, "miejsce 40 w kategorii GW, wynik 33,00"),
            ["1465011"] = (RankingStanding.NotRanked, "brak G1, G4"),
        };
        var svg = Render(RankingScale.Map("Ranking Zielonych Finansów 2024", standings));

        svg.Fill("2602042").Should().Be(RankingScale.Lider);
        svg.Fill("0201032").Should().Be(RankingScale.Laureat);
        svg.Fill("0201022").Should().Be(RankingScale.Ranked);
        svg.Fill("1465011").Should().Be(RankingScale.NotRanked);
        svg.Fill("0201011").Should().Be(ChoroplethMap.MissingColour);
        svg.Tooltip("2602042").Should().Be("Nagłowice (2602042): miejsce 1 w kategorii GW, wynik 91,20, Lider");
        svg.Tooltip("1465011").Should().Be("Warszawa (1465011): brak G1, G4, nieklasyfikowana");
        svg.LegendLabels.Should().Equal("Lider (miejsca 1–3) (1)", "Laureat (miejsca 4–10) (1)", "pozostałe sklasyfikowane (1)",
            "nieklasyfikowana (1)", "brak danych (2475)");
    }

    [Fact]
    public void Text_from_callers_is_escaped()
    {
        var areas = new Dictionary<string, MapArea> { ["1465011"] = new("#123456", "<b>\"A&B\"</b>\u0001", "x'y") };
        var map = new ChoroplethMap("Tytuł <script>&", areas, [new LegendEntry("#123456", "a < b")]) { Subtitle = "\"podtytuł\"" };

        var text = map.ToSvg(Registry);
        var svg = new SvgDocument(text);

        svg.Root.Element(SvgDocument.Svg + "title")!.Value.Should().Be("Tytuł <script>&");
        svg.Tooltip("1465011").Should().Be("Warszawa (1465011): <b>\"A&B\"</b> , x'y");
        svg.LegendLabels[0].Should().Be("a < b (1)");
        text.Should().NotContain("<script>").And.NotContain("<b>");
    }

    [Fact]
    public void Path_data_uses_one_decimal_relative_steps()
    {
        var warszawa = MapGeometry.Poland.Municipalities["1465011"].Path;

        warszawa.Should().MatchRegex(@"^(M\d+(\.\d)? \d+(\.\d)?l[-\d. ]+z)+$");
        warszawa.Should().NotMatchRegex(@"\.\d\d");
        MapGeometry.Poland.Height.Should().BeInRange(850, 950);
    }

    [Fact]
    public void Projection_is_centred_on_Poland_and_keeps_areas()
    {
        EqualAreaProjection.Project(19, 52).Should().Be((0.0, 0.0));
        // A 1° × 1° cell at 50–51°N: spherical area R²·Δλ·(sin φ2 − sin φ1); the projected outline,
        // sampled densely along its edges, must enclose the same area.
        const double r = EqualAreaProjection.EarthRadius;
        var expected = r * r * (Math.PI / 180) * (Math.Sin(51 * Math.PI / 180) - Math.Sin(50 * Math.PI / 180));
        var outline = new List<(double X, double Y)>();
        const int steps = 200;
        for (var i = 0; i < steps; i++) outline.Add(EqualAreaProjection.Project(22 + i / (double)steps, 50));
        for (var i = 0; i < steps; i++) outline.Add(EqualAreaProjection.Project(23, 50 + i / (double)steps));
        for (var i = 0; i < steps; i++) outline.Add(EqualAreaProjection.Project(23 - i / (double)steps, 51));
        for (var i = 0; i < steps; i++) outline.Add(EqualAreaProjection.Project(22, 51 - i / (double)steps));
        var area = 0.0;
        for (var i = 0; i < outline.Count; i++)
        {
            var (x1, y1) = outline[i];
            var (x2, y2) = outline[(i + 1) % outline.Count];
            area += x1 * y2 - x2 * y1;
        }
        (Math.Abs(area / 2) / expected).Should().BeApproximately(1, 1e-5);
    }

    [Fact]
    public void National_map_renders_from_cached_geometry()
    {
        _ = MapGeometry.Poland;
        var map = CategoryScale.Map(Registry) with { Highlight = "1465011" };
        var first = map.ToSvg(Registry);
        const int runs = 20;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++) _ = map.ToSvg(Registry);
        stopwatch.Stop();
        output.WriteLine($"2,477-path map: {stopwatch.Elapsed.TotalMilliseconds / runs:0.0} ms per render, {first.Length / 1024.0:0} KiB");

        map.ToSvg(Registry).Should().Be(first);
        ReferenceEquals(MapGeometry.Poland, MapGeometry.Poland).Should().BeTrue();
    }
}
