using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Samoocena.Api.Demo;
using Samoocena.Api.Maps;
using Samoocena.Questionnaires.Registry;
using Samoocena.Questionnaires.Scoring;
using Samoocena.Tests.Infrastructure;
using Samoocena.Tests.Rankings;
using Xunit.Abstractions;

namespace Samoocena.Tests.Maps;

/// <summary>The benchmark, ranking and cohort maps over the full demo data set, checked against the JSON endpoints.</summary>
public sealed class MapsDemoApiTests(SqliteDemoApi factory, ITestOutputHelper output) : IClassFixture<SqliteDemoApi>
{
    private const string Indicator = "EDU_01";
    private const string BenchmarkPath = "/api/maps/benchmarks/EDU_01.svg?year=2024";
    private static readonly MunicipalityRegistry Registry = MunicipalityRegistry.Load();
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    /// <summary>Every 97th gmina of the registry (26 gminas across all voivodeships), without the two with no polygon.</summary>
    private static IEnumerable<string> Sample() =>
        Registry.All.Where((_, i) => i % 97 == 0).Select(u => u.Teryt).Where(t => !MapGeometry.CoveredBy.ContainsKey(t));

    [Fact]
    public async Task Benchmark_map_colours_each_gmina_by_the_band_the_benchmark_endpoint_gives_it()
    {
        using var client = await factory.UserAsync("jst", "1465011");
        var response = await client.GetAsync(BenchmarkPath);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
        var svg = new SvgDocument(await response.Content.ReadAsStringAsync());

        var bands = new List<string>();
        foreach (var teryt in Sample())
        {
            var benchmark = await client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{Indicator}/{teryt}?year=2024");
            var band = benchmark.GetProperty("band").GetString()!;
            bands.Add(band);
            svg.Fill(teryt).Should().Be(BandScale.Colour(band), $"{teryt} is '{band}' in {benchmark.GetProperty("group").GetString()}");
            var value = benchmark.GetProperty("value").GetDouble();
            svg.Tooltip(teryt).Should().Contain($"{value.ToString("N2", Polish)} zł, miejsce {benchmark.GetProperty("rank").GetInt32()} z {benchmark.GetProperty("n").GetInt32()} w grupie {benchmark.GetProperty("group").GetString()}");
        }
        bands.Should().HaveCountGreaterThanOrEqualTo(20);
        bands.Should().Contain(["top", "middle", "bottom"], "a sample this size meets every band");

        svg.Gminas.Should().HaveCount(2477);
        svg.Root.Element(SvgDocument.Svg + "title")!.Value.Should().Be("Wydatki bieżące na oświatę na 1 ucznia (zł), 2024");
        svg.Root.Descendants(SvgDocument.Svg + "text").Should().Contain(t => t.Value ==
            "Pasmo gminy w jej domyślnej grupie porównawczej (kategoria i klasa wielkości); im mniej, tym lepiej; dane syntetyczne (demonstracyjne), nie rzeczywiste");
        svg.LegendLabels.Take(3).Select(l => l[..l.IndexOf(" (", StringComparison.Ordinal)])
            .Should().Equal("najlepsze 25% w grupie", "środkowe 50%", "najsłabsze 25%");
        svg.Root.Descendants(SvgDocument.Svg + "text").Should().Contain(t => t.Value.StartsWith("Szczawa (1207132) i Grabówka (2002162)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Benchmark_map_without_year_shows_the_latest_year_and_values_mode_shows_quintile_classes()
    {
        using var client = await factory.AdminAsync();
        var latest = await client.GetStringAsync("/api/maps/benchmarks/EDU_01.svg");
        latest.Should().Be(await client.GetStringAsync(BenchmarkPath), "2024 is the last demo year");

        var svg = new SvgDocument(await client.GetStringAsync("/api/maps/benchmarks/EDU_01.svg?year=2023&mode=values"));
        svg.Root.Element(SvgDocument.Svg + "title")!.Value.Should().Be("Wydatki bieżące na oświatę na 1 ucznia (zł), 2023");
        // Five quintile classes of the 2,414 gminas with a demo value (483 + 483 + 483 + 482 + 483) and 65 without one.
        svg.LegendLabels.Select(l => l[(l.LastIndexOf('(') + 1)..^1]).Should().Equal("483", "483", "483", "482", "483", "65");
        svg.LegendLabels[^1].Should().Be("brak danych (65)");
        foreach (var teryt in Sample().Take(8))
        {
            var value = (await client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{Indicator}/{teryt}?year=2023")).GetProperty("value");
            if (value.ValueKind == JsonValueKind.Null)
            {
                svg.Fill(teryt).Should().Be(ChoroplethMap.MissingColour, teryt);
                continue;
            }
            svg.Tooltip(teryt).Should().StartWith($"{Registry.Find(teryt)!.Name} ({teryt}): {value.GetDouble().ToString("N2", Polish)} zł, klasa ");
            SequentialScale.Colours.Should().Contain(svg.Fill(teryt));
        }
    }

    [Fact]
    public async Task Highlighted_gmina_is_outlined_with_the_members_of_its_peer_group()
    {
        using var client = await factory.AdminAsync();
        var benchmark = await client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{Indicator}/0201011?year=2024");
        var svg = new SvgDocument(await client.GetStringAsync($"{BenchmarkPath}&highlight=0201011"));

        ((string?)svg.Gmina("0201011").Attribute("stroke")).Should().Be(ChoroplethMap.HighlightStroke);
        var peers = svg.Root.Descendants(SvgDocument.Svg + "g").Single(g => (string?)g.Attribute("class") == "peers")
            .Elements(SvgDocument.Svg + "path").Select(p => (string)p.Attribute("data-teryt")!).ToArray();
        var group = benchmark.GetProperty("group").GetString()!;
        benchmark.GetProperty("widened").GetBoolean().Should().BeFalse("its cell of category and size class has enough gminas");
        peers.Should().HaveCount(benchmark.GetProperty("n").GetInt32() - 1, $"group {group} less Bolesławiec itself");
        var cell = Registry.Find("0201011")!;
        peers.Should().OnlyContain(t => Registry.Find(t)!.Category == cell.Category && Registry.Find(t)!.PopulationClass == cell.PopulationClass);
        svg.LegendLabels.Last().Should().Be($"grupa porównawcza {group} ({peers.Length})");

        // peers=voivodeship: the gminas of dolnośląskie that have a value, as the benchmark counts them.
        var byVoivodeship = await client.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{Indicator}/0201011?year=2024&peers=voivodeship");
        var voivodeship = new SvgDocument(await client.GetStringAsync($"{BenchmarkPath}&highlight=0201011&peers=voivodeship"));
        var outlined = voivodeship.Root.Descendants(SvgDocument.Svg + "g").Single(g => (string?)g.Attribute("class") == "peers")
            .Elements(SvgDocument.Svg + "path").Select(p => (string)p.Attribute("data-teryt")!).ToArray();
        outlined.Should().HaveCount(byVoivodeship.GetProperty("n").GetInt32() - 1);
        outlined.Should().OnlyContain(t => t.StartsWith("02", StringComparison.Ordinal));
        outlined.Length.Should().BeLessThan(Registry.All.Count(u => u.Teryt.StartsWith("02", StringComparison.Ordinal)) - 1, "gminas without a value are no peers");
    }

    [Fact]
    public async Task Ranking_map_marks_lider_laureat_ranked_and_not_ranked_as_the_ranking_lists_them()
    {
        using var client = await factory.UserAsync("jst", "1465011");
        var ranking = await client.GetFromJsonAsync<JsonElement>("/api/rankings/zielone-finanse/2024");
        var svg = new SvgDocument(await client.GetStringAsync("/api/maps/rankings/zielone-finanse/2024.svg"));

        var checkedUnits = 0;
        var seen = new HashSet<string>();
        foreach (var category in ranking.GetProperty("categories").EnumerateArray())
        {
            var rows = category.GetProperty("rows").EnumerateArray().ToArray();
            // The first 12 (Lider 1–3, Laureat 4–10, two more) and every 40th row after.
            foreach (var row in rows.Where((_, i) => i < 12 || i % 40 == 0))
            {
                var teryt = row.GetProperty("teryt").GetString()!;
                if (MapGeometry.CoveredBy.ContainsKey(teryt)) continue;
                var label = row.GetProperty("label").ValueKind == JsonValueKind.Null ? null : row.GetProperty("label").GetString();
                var expected = label switch { "Lider" => RankingScale.Lider, "Laureat" => RankingScale.Laureat, _ => RankingScale.Ranked };
                svg.Fill(teryt).Should().Be(expected, $"{teryt} has rank {row.GetProperty("rank").GetInt32()} in {category.GetProperty("category").GetString()}");
                seen.Add(label ?? "ranked");
                checkedUnits++;
            }
            foreach (var unranked in category.GetProperty("notRanked").EnumerateArray().Take(3))
            {
                var teryt = unranked.GetProperty("teryt").GetString()!;
                if (MapGeometry.CoveredBy.ContainsKey(teryt)) continue;
                svg.Fill(teryt).Should().Be(RankingScale.NotRanked, teryt);
                seen.Add("notRanked");
                checkedUnits++;
            }
        }
        checkedUnits.Should().BeGreaterThanOrEqualTo(48);
        seen.Should().BeEquivalentTo(["Lider", "Laureat", "ranked", "notRanked"]);
        svg.Root.Element(SvgDocument.Svg + "title")!.Value.Should().Be("Ranking Zielonych Finansów Samorządowych 2024");

        var gw = new SvgDocument(await client.GetStringAsync("/api/maps/rankings/zielone-finanse/2024.svg?category=GW&highlight=1465011"));
        var firstGw = ranking.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "GW")
            .GetProperty("rows")[0].GetProperty("teryt").GetString()!;
        gw.Fill(firstGw).Should().Be(RankingScale.Lider);
        gw.Fill("1465011").Should().Be(CategoryScale.OtherCategory, "Warszawa is MNPP");
        ((string?)gw.Gmina("1465011").Attribute("stroke")).Should().Be(ChoroplethMap.HighlightStroke);
        gw.LegendLabels.Should().Contain(l => l.StartsWith("pozostałe kategorie (", StringComparison.Ordinal));
        gw.Root.Element(SvgDocument.Svg + "title")!.Value.Should().Be("Ranking Zielonych Finansów Samorządowych 2024, kategoria GW");
    }

    [Fact]
    public async Task Cohort_map_colours_closed_members_by_maturity_level_and_the_rest_of_the_cohort_apart()
    {
        var closed = DemoAssessments.Municipalities(Registry).Where(t => !MapGeometry.CoveredBy.ContainsKey(t)).Take(3).ToArray();
        var open = Registry.All.Select(u => u.Teryt).First(t => !DemoAssessments.Municipalities(Registry).Contains(t) && !MapGeometry.CoveredBy.ContainsKey(t));
        using var coordinator = await factory.UserAsync("coordinator");
        (await coordinator.PutAsJsonAsync("/api/cohorts/mapa-kohorty", new { name = "Kohorta mapy", members = closed.Append(open) }))
            .StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.Created);
        // Demo round 1 (closed); the default, demo round 3, is open and empty.
        var report = await coordinator.GetFromJsonAsync<JsonElement>("/api/cohorts/mapa-kohorty/assessments/samoocena?round=1");
        var svg = new SvgDocument(await coordinator.GetStringAsync("/api/maps/cohorts/mapa-kohorty/samoocena.svg?round=1"));

        foreach (var member in report.GetProperty("members").EnumerateArray())
        {
            var teryt = member.GetProperty("teryt").GetString()!;
            if (teryt == open)
            {
                svg.Fill(teryt).Should().Be(MaturityScale.Open);
                continue;
            }
            var level = MaturityLevel.All.Single(l => l.Id == member.GetProperty("level").GetString());
            svg.Fill(teryt).Should().Be(SequentialScale.Colours[MaturityLevel.All.ToList().IndexOf(level)], teryt);
            svg.Tooltip(teryt).Should().Contain($"wynik {member.GetProperty("overall").GetDouble().ToString("N2", Polish)}, poziom {level.Label}");
        }
        svg.Fill("1465011").Should().Be(MaturityScale.Outside);
        svg.LegendLabels.Should().Contain("gminy kohorty (4)");
        svg.Root.Element(SvgDocument.Svg + "title")!.Value.Should().StartWith("Kohorta mapy: ");

        using var jst = await factory.UserAsync("jst", closed[0]);
        (await jst.GetAsync("/api/maps/cohorts/mapa-kohorty/samoocena.svg")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await (await coordinator.GetAsync("/api/maps/cohorts/nie-ma-takiej/samoocena.svg")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync("/api/maps/cohorts/mapa-kohorty/nie-ma-takiego.svg")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_requests_are_problems_404_for_unknown_things_and_422_for_bad_values()
    {
        using var client = await factory.AdminAsync();
        var unknown = await (await client.GetAsync("/api/maps/benchmarks/XYZ_99.svg")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        unknown.GetProperty("detail").GetString().Should().Be("Nie ma wskaźnika 'XYZ_99' w katalogu (lista: GET /api/indicators).");
        foreach (var (query, field) in new[] { ("year=abc", "year"), ("year=1990", "year"), ("mode=kolory", "mode"), ("peers=sasiedzi", "peers") })
        {
            var problem = await (await client.GetAsync($"/api/maps/benchmarks/EDU_01.svg?{query}")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
            problem.GetProperty("errors").GetProperty(field).GetArrayLength().Should().Be(1, query);
        }
        var highlight = await (await client.GetAsync($"{BenchmarkPath}&highlight=9999999")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        highlight.GetProperty("detail").GetString().Should().Be("Nie ma gminy o kodzie TERYT 9999999.");
        await (await client.GetAsync($"{BenchmarkPath}&highlight=0201011&peers=cohort:nie-ma")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        await (await client.GetAsync("/api/maps/rankings/inny-ranking/2024.svg")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/maps/rankings/zielone-finanse/1999.svg")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/maps/rankings/zielone-finanse/2024.svg?highlight=12")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var category = await (await client.GetAsync("/api/maps/rankings/zielone-finanse/2024.svg?category=XX")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        category.GetProperty("errors").GetProperty("category").GetArrayLength().Should().Be(1);

        using var anonymous = factory.CreateClient();
        (await anonymous.GetAsync(BenchmarkPath)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task National_benchmark_map_revalidates_with_304_and_its_serve_time_is_reported()
    {
        using var client = await factory.AdminAsync();
        var first = await client.GetAsync(BenchmarkPath); // warm-up: geometry, grains, JIT
        var etag = first.Headers.ETag!;
        var bytes = (await first.Content.ReadAsByteArrayAsync()).Length;

        const int requests = 20;
        var times = new double[requests];
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(BenchmarkPath);
            var body = await response.Content.ReadAsByteArrayAsync();
            times[i] = watch.Elapsed.TotalMilliseconds;
            response.Headers.ETag.Should().Be(etag, "the same data renders the same bytes");
            body.Length.Should().Be(bytes);
        }
        Array.Sort(times);
        output.WriteLine(FormattableString.Invariant(
            $"National benchmark map ({bytes} bytes, 2477 gminas): {requests} requests after warm-up, median {times[requests / 2]:F1} ms, min {times[0]:F1} ms, max {times[^1]:F1} ms."));

        using var again = new HttpRequestMessage(HttpMethod.Get, BenchmarkPath);
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(again);
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await notModified.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }
}
