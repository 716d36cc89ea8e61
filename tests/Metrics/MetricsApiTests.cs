using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Samoocena.Api.Excel;
using Samoocena.Questionnaires.Registry;
using Samoocena.Tests.Excel;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Metrics;

/// <summary>
/// Metrics, benchmarks, neighbours, cohorts and the benchmark export over HTTP. Each test writes its own
/// indicator-years (distinct years), so tests sharing one database do not see each other's values.
/// </summary>
public abstract class MetricsApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : ApiFactory
{
    private static readonly MunicipalityRegistry Registry = MunicipalityRegistry.Load();

    private static string Csv(IEnumerable<string> lines) => "teryt,year,indicatorId,value\n" + string.Join("\n", lines) + "\n";

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        return await client.PostAsync("/api/metrics/import", form);
    }

    [Fact]
    public async Task The_indicator_catalogue_names_each_area_for_people()
    {
        using var admin = await factory.AdminAsync();
        var catalogue = await admin.GetFromJsonAsync<JsonElement>("/api/indicators");
        var byId = catalogue.EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        byId["EDU_01"].GetProperty("area").GetString().Should().Be("edukacja");
        byId["EDU_01"].GetProperty("areaName").GetString().Should().Be("Edukacja");
        var social = catalogue.EnumerateArray().First(i => i.GetProperty("area").GetString() == "polityka-spoleczna");
        social.GetProperty("areaName").GetString().Should().Be("Lokalna polityka społeczna");
        catalogue.EnumerateArray().Should().OnlyContain(i => i.GetProperty("areaName").GetString() != i.GetProperty("area").GetString());
    }

    [Fact]
    public async Task Import_with_one_bad_row_in_10000_stores_nothing_and_names_the_row_then_the_corrected_file_stores_all()
    {
        using var admin = await factory.AdminAsync();
        string[] indicators = ["EDU_02", "EDU_03", "EDU_04", "EDU_05", "EDU_06"];
        var units = Registry.All.Take(2000).Select(u => u.Teryt).ToArray();
        var lines = units.SelectMany((t, i) => indicators.Select((id, j) => $"{t},2021,{id},{(i * 5 + j).ToString(CultureInfo.InvariantCulture)}.5")).ToList();
        lines.Should().HaveCount(10_000);
        var bad = lines.ToList();
        bad[6000] = bad[6000].Replace(",1200", ",x1200", StringComparison.Ordinal).Replace("2021,EDU_02", "2021,EDU_99", StringComparison.Ordinal);
        // Line 6000 of the data is file row 6002 (header is row 1): unit 1200, EDU_02 → EDU_99.
        var refused = await ImportAsync(admin, Encoding.UTF8.GetBytes(Csv(bad)), "metryki.csv");
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("imported").GetInt32().Should().Be(0);
        var rejected = problem.GetProperty("rejected").EnumerateArray().ToArray();
        rejected.Should().HaveCount(1);
        rejected[0].GetProperty("row").GetInt32().Should().Be(6002);
        rejected[0].GetProperty("reason").GetString().Should().Be("nieznany wskaźnik 'EDU_99'");
        var nothing = await admin.GetFromJsonAsync<JsonElement>($"/api/metrics/{units[0]}/2021");
        nothing.GetProperty("values").EnumerateObject().Should().BeEmpty();

        var stored = await ImportAsync(admin, Encoding.UTF8.GetBytes(Csv(lines)), "metryki.csv");
        stored.StatusCode.Should().Be(HttpStatusCode.OK, await stored.Content.ReadAsStringAsync());
        var body = await stored.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("imported").GetInt32().Should().Be(10_000);
        body.GetProperty("rejected").GetArrayLength().Should().Be(0);
        var last = await admin.GetFromJsonAsync<JsonElement>($"/api/metrics/{units[1999]}/2021");
        // unit 1999, indicator j: 1999·5 + j + 0.5
        last.GetProperty("values").GetProperty("EDU_06").GetDouble().Should().Be(9999.5);
        last.GetProperty("values").GetProperty("EDU_02").GetDouble().Should().Be(9995.5);
        var audit = await admin.GetFromJsonAsync<JsonElement[]>($"/api/metrics/{units[1999]}/audit");
        audit!.Select(a => $"{a.GetProperty("action").GetString()} {a.GetProperty("target").GetString()} {a.GetProperty("oldValue").ValueKind} {a.GetProperty("newValue").GetString()}")
            .Should().Equal("metric.import EDU_02/2021 Null 9995.5", "metric.import EDU_03/2021 Null 9996.5", "metric.import EDU_04/2021 Null 9997.5",
                "metric.import EDU_05/2021 Null 9998.5", "metric.import EDU_06/2021 Null 9999.5");
    }

    [Fact]
    public async Task Csv_import_lists_every_bad_row_with_its_Polish_reason()
    {
        using var admin = await factory.AdminAsync();
        var csv = Csv([
            "0201011,2019,SOC_01,1.5",     // row 2: fine
            "9999999,2019,SOC_01,1",       // row 3: unknown TERYT
            "0201011,1999,SOC_01,1",       // row 4: bad year
            "0201011,2019,SOC_01,abc",     // row 5: duplicate of row 2 and not a number
            "0201022,2019,NOPE,2",         // row 6: unknown indicator
        ]);
        var problem = await (await ImportAsync(admin, Encoding.UTF8.GetBytes(csv), "m.csv")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("rejected").EnumerateArray().Select(r => $"{r.GetProperty("row").GetInt32()}: {r.GetProperty("reason").GetString()}")
            .Should().Equal(
                "3: nieznany kod TERYT '9999999'",
                "4: nieprawidłowy rok '1999' (dozwolone 2000–2100)",
                "5: wartość 'abc' nie jest liczbą; duplikat wiersza 2 (ten sam TERYT, rok i wskaźnik)",
                "6: nieznany wskaźnik 'NOPE'");
        (await admin.GetFromJsonAsync<JsonElement>("/api/metrics/0201011/2019")).GetProperty("values").EnumerateObject().Should().BeEmpty();
    }

    [Fact]
    public async Task Xlsx_import_pads_a_TERYT_that_lost_its_leading_zero()
    {
        using var admin = await factory.AdminAsync();
        using var xlsx = new MemoryStream();
        WorkbookWriter.Write(xlsx, new WorkbookProperties("import", DateTimeOffset.UnixEpoch),
        [
            new TableSheet("Dane", [new("teryt", CellKind.Integer), new("year", CellKind.Integer), new("indicatorId", CellKind.Text), new("value", CellKind.Decimal2)],
                [[201011, 2018, "SOC_02", 12.25], [1465011, 2018, "SOC_02", 7.0]]),
        ]);
        var response = await ImportAsync(admin, xlsx.ToArray(), "metryki.xlsx");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32().Should().Be(2);
        (await admin.GetFromJsonAsync<JsonElement>("/api/metrics/0201011/2018")).GetProperty("values").GetProperty("SOC_02").GetDouble().Should().Be(12.25);
        (await admin.GetFromJsonAsync<JsonElement>("/api/metrics/1465011/2018")).GetProperty("values").GetProperty("SOC_02").GetDouble().Should().Be(7.0);
    }

    /// <summary>Five GW units of one population class: the first five of the registry's GW-P2 cell.</summary>
    private static string[] Cell(string category, string populationClass, int count) =>
        Registry.All.Where(u => u.Category == category && u.PopulationClass == populationClass).Take(count).Select(u => u.Teryt).ToArray();

    private static async Task PutAsync(HttpClient client, string teryt, int year, string indicator, double? value)
    {
        var response = await client.PutAsJsonAsync($"/api/metrics/{teryt}/{year}", new { values = new Dictionary<string, double?> { [indicator] = value } });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Benchmark_of_a_destimulant_with_ties_equals_the_hand_computation()
    {
        using var admin = await factory.AdminAsync();
        var units = Cell("GW", "P2", 5);
        double[] values = [10, 20, 20, 30, 50];
        for (var i = 0; i < 5; i++) await PutAsync(admin, units[i], 2011, "EDU_01", values[i]);
        await PutAsync(admin, units[1], 2010, "EDU_01", 25);

        var b = await admin.GetFromJsonAsync<JsonElement>($"/api/benchmarks/EDU_01/{units[1]}?year=2011");
        // EDU_01 is a destimulant. Sorted 10, 20, 20, 30, 50: n 5, Q1 = x2 = 20, median 20, Q3 = x4 = 30, mean 130/5 = 26.
        // Unit value 20: one peer (10) better → rank 2; two (30, 50) worse → percentile 100·2/4 = 50 → middle.
        // sd = √((16² + 6² + 6² + 4² + 24²)/5) = √184 = 13.5647; z = −6/13.5647 = −0.4423 → −0.44. 2010: 25 → 20 lower = improving.
        b.GetProperty("group").GetString().Should().Be("default:GW-P2");
        (b.GetProperty("groupLabel").GetString(), b.GetProperty("bandLabel").GetString(), b.GetProperty("trendLabel").GetString())
            .Should().Be(("gminy wiejskie, 5–10 tys. mieszkańców", "środkowe 50% grupy", "poprawa"));
        b.GetProperty("n").GetInt32().Should().Be(5);
        b.GetProperty("widened").GetBoolean().Should().BeFalse();
        b.GetProperty("value").GetDouble().Should().Be(20);
        b.GetProperty("min").GetDouble().Should().Be(10);
        b.GetProperty("q1").GetDouble().Should().Be(20);
        b.GetProperty("median").GetDouble().Should().Be(20);
        b.GetProperty("q3").GetDouble().Should().Be(30);
        b.GetProperty("max").GetDouble().Should().Be(50);
        b.GetProperty("mean").GetDouble().Should().Be(26);
        b.GetProperty("rank").GetInt32().Should().Be(2);
        b.GetProperty("percentile").GetDouble().Should().Be(50);
        b.GetProperty("band").GetString().Should().Be("middle");
        b.GetProperty("z").GetDouble().Should().Be(-0.44);
        b.GetProperty("outlier").GetBoolean().Should().BeFalse();
        b.GetProperty("trend").GetString().Should().Be("improving");
        b.GetProperty("synthetic").GetBoolean().Should().BeFalse();

        // The tie partner has the same rank; the best (10) is rank 1, top band (4 of 4 worse), and no 2010 value → trend null.
        var tie = await admin.GetFromJsonAsync<JsonElement>($"/api/benchmarks/EDU_01/{units[2]}?year=2011");
        tie.GetProperty("rank").GetInt32().Should().Be(2);
        var best = await admin.GetFromJsonAsync<JsonElement>($"/api/benchmarks/EDU_01/{units[0]}");
        best.GetProperty("year").GetInt32().Should().Be(2011);
        best.GetProperty("rank").GetInt32().Should().Be(1);
        best.GetProperty("percentile").GetDouble().Should().Be(100);
        best.GetProperty("band").GetString().Should().Be("top");
        best.GetProperty("trend").ValueKind.Should().Be(JsonValueKind.Null);
        // The worst (50): z = 24/13.5647 = 1.7693 → 1.77, bottom band.
        var worst = await admin.GetFromJsonAsync<JsonElement>($"/api/benchmarks/EDU_01/{units[4]}?year=2011");
        worst.GetProperty("z").GetDouble().Should().Be(1.77);
        worst.GetProperty("band").GetString().Should().Be("bottom");
        worst.GetProperty("rank").GetInt32().Should().Be(5);
    }

    [Fact]
    public async Task A_default_group_with_fewer_than_5_values_widens_to_the_category()
    {
        using var admin = await factory.AdminAsync();
        var units = Cell("GM", "P3", 3);
        for (var i = 0; i < 3; i++) await PutAsync(admin, units[i], 2012, "EDU_07", 1 + i);
        var b = await admin.GetFromJsonAsync<JsonElement>($"/api/benchmarks/EDU_07/{units[0]}?year=2012");
        b.GetProperty("group").GetString().Should().Be("default:GM");
        b.GetProperty("widened").GetBoolean().Should().BeTrue();
        b.GetProperty("n").GetInt32().Should().Be(3);
        b.GetProperty("median").GetDouble().Should().Be(2);
        var cat = await admin.GetFromJsonAsync<JsonElement>($"/api/benchmarks/EDU_07/{units[0]}?year=2012&peers=all");
        cat.GetProperty("group").GetString().Should().Be("all");
        await (await admin.GetAsync($"/api/benchmarks/EDU_07/{units[0]}?year=2012&peers=bogus")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await admin.GetAsync($"/api/benchmarks/EDU_07/{units[0]}?year=1999")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await admin.GetAsync($"/api/benchmarks/NOPE/{units[0]}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync("/api/benchmarks/EDU_07/9999999")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Metric_entry_is_scoped_to_the_unit_and_validates_each_value()
    {
        using var own = await factory.UserAsync("jst", "0201011");
        await PutAsync(own, "0201011", 2014, "SOC_03", 4.5);
        var other = await own.PutAsJsonAsync("/api/metrics/0201022/2014", new { values = new { SOC_03 = 1 } });
        await other.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var invalid = await own.PutAsync("/api/metrics/0201011/2014",
            new StringContent("{\"values\":{\"NOPE\":1,\"SOC_04\":\"abc\",\"SOC_05\":null}}", Encoding.UTF8, "application/json"));
        var problem = await invalid.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("values.NOPE", "values.SOC_04");
        await (await own.PutAsJsonAsync("/api/metrics/0201011/1999", new { values = new { SOC_03 = 1 } })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await PutAsync(own, "0201011", 2014, "SOC_03", null);
        var cleared = await own.GetFromJsonAsync<JsonElement>("/api/metrics/0201011/2014");
        cleared.GetProperty("values").EnumerateObject().Should().BeEmpty();
        var audit = await own.GetFromJsonAsync<JsonElement[]>("/api/metrics/0201011/audit");
        audit!.Where(a => a.GetProperty("target").GetString() == "SOC_03/2014").Select(a => $"{a.GetProperty("target").GetString()} {a.GetProperty("oldValue").GetString()} → {a.GetProperty("newValue").GetString()}")
            .Should().Equal("SOC_03/2014  → 4.5", "SOC_03/2014 4.5 → ");
        await (await own.GetAsync("/api/metrics/0201022/audit")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Neighbours_over_HTTP_equal_NearestNeighbours_and_the_export()
    {
        using var admin = await factory.AdminAsync();
        var list = (await admin.GetFromJsonAsync<JsonElement[]>("/api/municipalities/1465011/neighbours?k=15"))!;
        var expected = NearestNeighbours.ForShippedRegistry.For("1465011", 15);
        list.Select(n => n.GetProperty("teryt").GetString()).Should().Equal(expected.Select(n => n.Teryt));
        // Methodology v1.1 §0: distances are not covered by the rounding rule; served unrounded, as compared.
        list.Select(n => n.GetProperty("distance").GetDouble()).Should().Equal(expected.Select(n => n.Distance));
        await (await admin.GetAsync("/api/municipalities/1465011/neighbours?k=0")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await admin.GetAsync("/api/municipalities/1465011/neighbours?k=201")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        await PutAsync(admin, "1465011", 2015, "KUL_01", 3.25);
        var response = await admin.GetAsync("/api/exports/benchmarks/KUL_01.xlsx?year=2015");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName.Should().Be("benchmark-KUL_01-2015.xlsx");
        var book = IndependentXlsxReader.Read(await response.Content.ReadAsByteArrayAsync());
        book.Keys.Should().Equal("KUL_01 2015", "Sąsiedzi", "Metodologia");
        var main = book["KUL_01 2015"];
        main.Should().HaveCount(2480);
        var warszawa = main.Single(r => (string?)r[0] == "1465011");
        warszawa[5].Should().BeOfType<double>().Which.Should().Be(3.25);
        // Category, class and peer group in words, never codes such as MNPP, P7 or default:MNPP-P7.
        (warszawa[2], warszawa[3]).Should().Be(("miasto na prawach powiatu", "200 tys. mieszkańców i więcej"));
        ((string)warszawa[7]!).Should().StartWith("miasta na prawach powiatu");
        warszawa[8].Should().BeOfType<long>().Which.Should().Be(1);
        ((string)warszawa[22]!).Should().Be(string.Join(", ", expected.Select(n => n.Teryt)));
        warszawa[23].Should().BeOfType<double>().Which.Should().Be(3.25, "the unrounded input");
        var rows = book["Sąsiedzi"].Where(r => (string?)r[0] == "1465011").ToArray();
        rows.Select(r => (string)r[3]!).Should().Equal(expected.Select(n => n.Teryt));
        rows.Select(r => Convert.ToDouble(r[5], CultureInfo.InvariantCulture)).Should().Equal(list.Select(n => n.GetProperty("distance").GetDouble()));
    }

    [Fact]
    public async Task Cohort_put_and_get_with_validation()
    {
        using var admin = await factory.AdminAsync();
        var created = await admin.PutAsJsonAsync("/api/cohorts/rozwoj-lokalny", new { name = "Rozwój lokalny", members = new[] { "1465011", "0201011" } });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var replaced = await admin.PutAsJsonAsync("/api/cohorts/rozwoj-lokalny", new { name = "Rozwój lokalny II", members = new[] { "1465011", "0201022", "0201011" } });
        replaced.StatusCode.Should().Be(HttpStatusCode.OK);
        var cohort = await admin.GetFromJsonAsync<JsonElement>("/api/cohorts/rozwoj-lokalny");
        cohort.GetProperty("name").GetString().Should().Be("Rozwój lokalny II");
        cohort.GetProperty("members").EnumerateArray().Select(m => m.GetString()).Should().Equal("0201011", "0201022", "1465011");
        var bad = await admin.PutAsJsonAsync("/api/cohorts/rozwoj-lokalny", new { name = "x", members = new[] { "1465011", "123", "1465011" } });
        var problem = await bad.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().Equal("members[1]", "members[2]");
        await (await admin.GetAsync("/api/cohorts/nie-ma")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var jst = await factory.UserAsync("jst", "0201011");
        await (await jst.GetAsync("/api/cohorts/rozwoj-lokalny")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}

public sealed class SqliteMetricsApiTests(SqliteApi factory) : MetricsApiTests<SqliteApi>(factory);

public sealed class PostgresMetricsApiTests(PostgresApi factory) : MetricsApiTests<PostgresApi>(factory);
