using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Samoocena.Tests.Excel;
using Samoocena.Tests.Infrastructure;
using static Samoocena.Tests.Imports.BdlFixtures;

namespace Samoocena.Tests.Imports;

/// <summary>
/// <c>POST /api/metrics/import/bdl</c> over HTTP on both databases: a refused set, a dry run that writes nothing,
/// the import, a second upload that changes values, and where the source then shows.
/// </summary>
public abstract class BdlImportApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : ApiFactory
{
    private const string Indicator = "EDU_02";
    private const string FirstSource = "GUS BDL, zmienna 60270, aktualizacja 2025-06-30T09:00:00";
    private const string SecondSource = "GUS BDL, zmienna 60270, aktualizacja 2025-09-30T09:00:00";
    private static readonly string[] Units = ["1465011", "0201011", "0201043", "0614053", "0201052", "0201032"];

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string query, params (string Name, string Json)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, json) in files) form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(json)), "files", name);
        return client.PostAsync($"/api/metrics/import/bdl{query}", form);
    }

    private static (string, string)[] FirstUpload(bool nameMismatch = false) =>
        [("a1.json", Page(FirstPage())), ("a2.json", Page(SecondPage(nameMismatch), page: 1))];

    /// <summary>Every stored value of the test's units, "teryt year value", to compare before and after.</summary>
    private static async Task<string[]> ValuesAsync(HttpClient client)
    {
        var lines = new List<string>();
        foreach (var teryt in Units)
        foreach (var year in new[] { 2022, 2023, 2024 })
        {
            var m = await client.GetFromJsonAsync<JsonElement>($"/api/metrics/{teryt}/{year}");
            foreach (var v in m.GetProperty("values").EnumerateObject())
                lines.Add($"{teryt} {year} {v.Name} {v.Value.GetDouble().ToString(CultureInfo.InvariantCulture)}");
        }
        return lines.ToArray();
    }

    private static string[] Changes(JsonElement body) => body.GetProperty("changed").EnumerateArray()
        .Select(c => $"{c.GetProperty("teryt").GetString()} {c.GetProperty("year").GetInt32()} {Number(c.GetProperty("old"))} → {Number(c.GetProperty("new"))}")
        .ToArray();

    private static string Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? "null" : e.GetDouble().ToString(CultureInfo.InvariantCulture);

    private static void ShouldDescribeFirstUpload(JsonElement body)
    {
        body.GetProperty("variableId").GetInt32().Should().Be(60270);
        body.GetProperty("indicatorId").GetString().Should().Be(Indicator);
        body.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).Should().Equal(2022, 2023, 2024);
        body.GetProperty("matched").GetInt32().Should().Be(5);
        body.GetProperty("flagged").EnumerateObject().Select(p => $"{p.Name}:{p.Value.GetInt32()}").Should().Equal("2:1", "3:1");
        body.GetProperty("skipped").EnumerateArray().Select(s => $"{s.GetProperty("id").GetString()} {s.GetProperty("name").GetString()}: {s.GetProperty("reason").GetString()}")
            .Should().Equal(
                "010210001044 Nowogrodziec - miasto: miasto w gminie miejsko-wiejskiej (typ 4), nie gmina",
                "010210001092 Nieistniejąca: brak gminy o kodzie TERYT 0201092 w rejestrze gmin 2025",
                "010210001000 Powiat bolesławiecki: jednostka innego poziomu niż gmina");
    }

    [Fact]
    public async Task Refused_set_then_dry_run_then_import_then_a_second_upload_changing_values()
    {
        using var admin = await factory.AdminAsync();

        // 1. A name mismatch refuses the whole set: 422 with the report, nothing stored.
        var before = await StorageSnapshot.TakeAsync(factory, StorageSnapshot.NotAccounts);
        var valuesBefore = await ValuesAsync(admin);
        valuesBefore.Should().BeEmpty();
        var refused = await (await UploadAsync(admin, $"?indicatorId={Indicator}", FirstUpload(nameMismatch: true)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        refused.GetProperty("detail").GetString().Should().Be(
            "Nie zaimportowano niczego: 1 wiersz odrzucony (lista w polu rejected). Popraw pliki i wczytaj cały zestaw ponownie.");
        refused.GetProperty("rejected").EnumerateArray().Select(r => $"{r.GetProperty("file").GetString()}#{r.GetProperty("index").GetInt32()}: {r.GetProperty("reason").GetString()}")
            .Should().Equal("a2.json#5: nazwa w BDL „Osiecznica” nie zgadza się z nazwą gminy 0201032 w rejestrze „Gromadka”");
        refused.GetProperty("imported").GetInt32().Should().Be(0);
        refused.GetProperty("changed").GetArrayLength().Should().Be(0);
        ShouldDescribeFirstUpload(refused);

        // 2. The corrected set as a dry run: the full preview, and storage exactly as before.
        var dry = await UploadAsync(admin, $"?indicatorId={Indicator}&dryRun=true", FirstUpload());
        dry.StatusCode.Should().Be(HttpStatusCode.OK, await dry.Content.ReadAsStringAsync());
        var preview = await dry.Content.ReadFromJsonAsync<JsonElement>();
        ShouldDescribeFirstUpload(preview);
        preview.GetProperty("imported").GetInt32().Should().Be(13);
        preview.GetProperty("rejected").GetArrayLength().Should().Be(0);
        string[] firstChanges =
        [
            "0201011 2022 null → 10", "0201043 2022 null → 20", "0201052 2022 null → 3", "0614053 2022 null → 5", "1465011 2022 null → 100.5",
            "0201011 2023 null → 11", "0201043 2023 null → 21", "0614053 2023 null → 6", "1465011 2023 null → 112.5",
            "0201043 2024 null → 22", "0201052 2024 null → 4", "0614053 2024 null → 7", "1465011 2024 null → 120",
        ];
        Changes(preview).Should().Equal(firstChanges);
        (await StorageSnapshot.TakeAsync(factory, StorageSnapshot.NotAccounts)).Should().Be(before);
        (await ValuesAsync(admin)).Should().BeEmpty();

        // 3. The real import stores the 13 values; the answer is the preview's.
        var stored = await UploadAsync(admin, $"?indicatorId={Indicator}", FirstUpload());
        stored.StatusCode.Should().Be(HttpStatusCode.OK, await stored.Content.ReadAsStringAsync());
        var imported = await stored.Content.ReadFromJsonAsync<JsonElement>();
        ShouldDescribeFirstUpload(imported);
        imported.GetProperty("imported").GetInt32().Should().Be(13);
        Changes(imported).Should().Equal(firstChanges);
        (await ValuesAsync(admin)).Should().Equal(
            "1465011 2022 EDU_02 100.5", "1465011 2023 EDU_02 112.5", "1465011 2024 EDU_02 120",
            "0201011 2022 EDU_02 10", "0201011 2023 EDU_02 11",
            "0201043 2022 EDU_02 20", "0201043 2023 EDU_02 21", "0201043 2024 EDU_02 22",
            "0614053 2022 EDU_02 5", "0614053 2023 EDU_02 6", "0614053 2024 EDU_02 7",
            "0201052 2022 EDU_02 3", "0201052 2024 EDU_02 4");

        // 4. A second upload, one file with everything: changes old → new; Warszawa 2024 flagged keeps 120.
        var second = Page([
            Unit("071412865011", "Warszawa", Value(2022, 100.5), Value(2023, 113), Value(2024, 0, attrId: 2)),
            Unit(Id("0614052", "03"), "Końskowola", Value(2024, 7.5)),
        ], lastUpdate: "2025-09-30T09:00:00");
        var changedResponse = await UploadAsync(admin, $"?indicatorId={Indicator}", ("b.json", second));
        changedResponse.StatusCode.Should().Be(HttpStatusCode.OK, await changedResponse.Content.ReadAsStringAsync());
        var changed = await changedResponse.Content.ReadFromJsonAsync<JsonElement>();
        changed.GetProperty("matched").GetInt32().Should().Be(2);
        changed.GetProperty("imported").GetInt32().Should().Be(3);
        changed.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).Should().Equal(2022, 2023, 2024);
        changed.GetProperty("flagged").EnumerateObject().Select(p => $"{p.Name}:{p.Value.GetInt32()}").Should().Equal("2:1");
        changed.GetProperty("skipped").GetArrayLength().Should().Be(0);
        Changes(changed).Should().Equal("1465011 2023 112.5 → 113", "0614053 2024 7 → 7.5");
        var warszawa2024 = await admin.GetFromJsonAsync<JsonElement>("/api/metrics/1465011/2024");
        warszawa2024.GetProperty("values").GetProperty(Indicator).GetDouble().Should().Be(120);

        // 5. The source shows in the metrics JSON, the benchmark JSON, the benchmarks export and the audit.
        var warszawa2023 = await admin.GetFromJsonAsync<JsonElement>("/api/metrics/1465011/2023");
        warszawa2023.GetProperty("sources").GetProperty(Indicator).GetString().Should().Be(SecondSource);
        var benchmark = await admin.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{Indicator}/1465011?year=2023");
        benchmark.GetProperty("value").GetDouble().Should().Be(113);
        benchmark.GetProperty("source").GetString().Should().Be(SecondSource);
        var book = IndependentXlsxReader.Read(await admin.GetByteArrayAsync($"/api/exports/benchmarks/{Indicator}.xlsx?year=2022"));
        var sheet = book[$"{Indicator} 2022"];
        sheet[0][24].Should().Be("Źródło danych");
        sheet.Single(r => (string?)r[0] == "0201011")[24].Should().Be(FirstSource);
        sheet.Single(r => (string?)r[0] == "0201022")[24].Should().BeNull();
        var audit = await admin.GetFromJsonAsync<JsonElement[]>("/api/metrics/1465011/audit");
        audit!.Select(a => $"{a.GetProperty("action").GetString()} {a.GetProperty("target").GetString()} {a.GetProperty("oldValue")} → {a.GetProperty("newValue")} | {a.GetProperty("detail").GetString()}")
            .Should().Equal(
                $"metric.import.bdl EDU_02/2022  → 100.5 | {FirstSource}; pliki: a1.json, a2.json",
                $"metric.import.bdl EDU_02/2023  → 112.5 | {FirstSource}; pliki: a1.json, a2.json",
                $"metric.import.bdl EDU_02/2024  → 120 | {FirstSource}; pliki: a1.json, a2.json",
                $"metric.import.bdl EDU_02/2023 112.5 → 113 | {SecondSource}; pliki: b.json");

        // 6. A value saved by hand no longer claims the BDL source.
        (await admin.PutAsJsonAsync("/api/metrics/0201052/2022", new { values = new Dictionary<string, double?> { [Indicator] = 3.5 } }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var edited = await admin.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{Indicator}/0201052?year=2022");
        edited.GetProperty("source").ValueKind.Should().Be(JsonValueKind.Null);
        var kept = await admin.GetFromJsonAsync<JsonElement>($"/api/benchmarks/{Indicator}/0201011?year=2022");
        kept.GetProperty("source").GetString().Should().Be(FirstSource);
    }

    [Fact]
    public async Task Bad_uploads_are_problems_in_Polish_and_store_nothing()
    {
        using var admin = await factory.AdminAsync();
        var before = await StorageSnapshot.TakeAsync(factory, StorageSnapshot.NotAccounts);

        async Task<string> Refused(HttpResponseMessage response, HttpStatusCode status, string field)
        {
            var problem = await response.ShouldBeProblemAsync(status);
            problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().Equal(field);
            return problem.GetProperty("detail").GetString()!;
        }

        (await Refused(await UploadAsync(admin, "?indicatorId=KUL_01", ("zly.json", "<html>nie JSON</html>")), HttpStatusCode.UnprocessableEntity, "files"))
            .Should().Be("Plik „zly.json” nie jest poprawnym plikiem JSON (wiersz 1). Oczekiwano odpowiedzi API BDL data/by-variable.");
        (await Refused(await UploadAsync(admin, "?indicatorId=KUL_01", ("a.json", Page(FirstPage())), ("b.json", Page(SecondPage(), variable: 60271))),
                HttpStatusCode.UnprocessableEntity, "files"))
            .Should().Be("Pliki dotyczą różnych zmiennych BDL: 60270 („a.json”), 60271 („b.json”). Wczytaj każdą zmienną osobno.");
        (await Refused(await UploadAsync(admin, "?indicatorId=KUL_01", ("pusty.json", Page([]))), HttpStatusCode.UnprocessableEntity, "files"))
            .Should().Be("Pliki nie zawierają żadnej jednostki (tablica results jest pusta).");
        var noFiles = new MultipartFormDataContent { { new StringContent("bez pliku"), "uwagi" } };
        (await Refused(await admin.PostAsync("/api/metrics/import/bdl?indicatorId=KUL_01", noFiles), HttpStatusCode.UnprocessableEntity, "files"))
            .Should().Be("Nie przesłano żadnego pliku BDL (pole formularza „files”).");
        await (await UploadAsync(admin, "?indicatorId=KUL_01")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await Refused(await UploadAsync(admin, "", ("a.json", Page(FirstPage()))), HttpStatusCode.UnprocessableEntity, "indicatorId"))
            .Should().Be("Zmienna BDL 60270 nie jest przypisana do żadnego wskaźnika katalogu (pole bdlVariable): wskaż wskaźnik parametrem indicatorId.");
        (await Refused(await UploadAsync(admin, "?indicatorId=NOPE", ("a.json", Page(FirstPage()))), HttpStatusCode.UnprocessableEntity, "indicatorId"))
            .Should().Be("Nie ma wskaźnika 'NOPE' w katalogu (lista: GET /api/indicators).");
        var tooMany = Enumerable.Range(1, 101).Select(i => ($"s{i}.json", Page(FirstPage()))).ToArray();
        (await Refused(await UploadAsync(admin, "?indicatorId=KUL_01", tooMany), HttpStatusCode.RequestEntityTooLarge, "files"))
            .Should().Be("Przesłano 101 plików; naraz można wczytać najwyżej 100.");
        await (await UploadAsync(admin, "?indicatorId=KUL_01&dryRun=moze", ("a.json", Page(FirstPage())))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        // Not multipart: the route's content-type constraint does not match (like POST /api/metrics/import), a problem, never 500.
        var json = await admin.PostAsJsonAsync("/api/metrics/import/bdl?indicatorId=KUL_01", new { results = 1 });
        ((int)json.StatusCode).Should().BeOneOf(404, 415);
        json.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");

        using var jst = await factory.UserAsync("jst", "0201011");
        await (await UploadAsync(jst, "?indicatorId=KUL_01", ("a.json", Page(FirstPage())))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await StorageSnapshot.TakeAsync(factory, StorageSnapshot.NotAccounts)).Should().Be(before);
    }

    [Fact]
    public async Task The_endpoint_and_its_parameters_are_in_the_OpenAPI_document()
    {
        using var admin = await factory.AdminAsync();
        var document = await admin.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var post = document.GetProperty("paths").GetProperty("/api/metrics/import/bdl").GetProperty("post");
        post.GetProperty("parameters").EnumerateArray().Select(p => $"{p.GetProperty("name").GetString()} in {p.GetProperty("in").GetString()}")
            .Should().Equal("indicatorId in query", "dryRun in query");
        post.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _).Should().BeTrue();
        post.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema")
            .GetRawText().Should().Contain("BdlImportResponse");
    }
}

public sealed class SqliteBdlImportApiTests(SqliteApi factory) : BdlImportApiTests<SqliteApi>(factory);

public sealed class PostgresBdlImportApiTests(PostgresApi factory) : BdlImportApiTests<PostgresApi>(factory);
