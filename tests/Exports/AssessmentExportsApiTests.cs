using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samoocena.Tests.Assessments;
using Samoocena.Tests.Excel;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Exports;

/// <summary>
/// The municipality report and the cohort workbook show exactly the numbers of the JSON endpoints they export
/// (read back by openpyxl, numbers as numeric cells), and are guarded like them.
/// </summary>
public abstract class AssessmentExportsApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : AssessmentApiFactory
{
    private const string KamiennaGoraMiasto = "0207011", KamiennaGoraGmina = "0207022", Lubawka = "0207033";

    private static Dictionary<string, object> All(int level, bool yes) => new()
    {
        ["X1.1"] = level, ["X1.2"] = level, ["X1.3"] = yes, ["X2.1"] = level, ["X2.2"] = level, ["X2.3"] = level,
        ["X3.1"] = level, ["X3.2"] = level, ["Y1.1"] = level, ["Y1.2"] = level, ["Y2.1"] = level, ["Y2.2"] = level,
    };

    private static async Task Submit(HttpClient member, string teryt, Dictionary<string, object> answers)
    {
        (await member.PutAsJsonAsync($"/api/assessments/reczny/{teryt}/responses/me", new { answers })).EnsureSuccessStatusCode();
        (await member.PostAsync($"/api/assessments/reczny/{teryt}/responses/me/submit", null)).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Kamienna Góra (miasto), two members: X1.1 answered 1 and 4 → median 2.5, disagreement, level 2 reached;
    /// X1.2 nd by both → nd; the rest 1 / 3 → 2. Closed. Kamienna Góra (gmina): one member, all 2 and no; closed.
    /// Lubawka: not started.
    /// </summary>
    private async Task<HttpClient> SetUpAsync(string cohortId)
    {
        var coordinator = await factory.UserAsync("coordinator");
        (await coordinator.PutAsJsonAsync($"/api/cohorts/{cohortId}",
            new { name = "Powiat kamiennogórski", members = new[] { Lubawka, KamiennaGoraGmina, KamiennaGoraMiasto } })).EnsureSuccessStatusCode();
        // The tests of this class share one database: the assessments are answered and closed by the first one only.
        var existing = await coordinator.GetFromJsonAsync<JsonElement>($"/api/assessments/reczny/{KamiennaGoraGmina}");
        if (existing.GetProperty("status").GetString() == "closed") return coordinator;
        var low = All(1, false);
        low["X1.2"] = "nd";
        var high = All(3, true);
        high["X1.1"] = 4;
        high["X1.2"] = "nd";
        using (var first = await factory.UserAsync("jst", KamiennaGoraMiasto))
        using (var second = await factory.UserAsync("jst", KamiennaGoraMiasto))
        {
            await Submit(first, KamiennaGoraMiasto, low);
            await Submit(second, KamiennaGoraMiasto, high);
            (await first.PostAsync($"/api/assessments/reczny/{KamiennaGoraMiasto}/close", null)).EnsureSuccessStatusCode();
        }
        using (var member = await factory.UserAsync("jst", KamiennaGoraGmina))
        {
            await Submit(member, KamiennaGoraGmina, All(2, false));
            (await member.PostAsync($"/api/assessments/reczny/{KamiennaGoraGmina}/close", null)).EnsureSuccessStatusCode();
        }
        return coordinator;
    }

    [Fact]
    public async Task Municipality_report_cells_equal_the_assessment_json()
    {
        using var coordinator = await SetUpAsync("kamienna-raport");
        var json = await coordinator.GetFromJsonAsync<JsonElement>($"/api/assessments/reczny/{KamiennaGoraMiasto}");
        var response = await coordinator.GetAsync($"/api/exports/assessments/reczny/{KamiennaGoraMiasto}.xlsx");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName.Should().Be($"samoocena-reczny-{KamiennaGoraMiasto}-runda-1.xlsx");
        var book = IndependentXlsxReader.Read(await response.Content.ReadAsByteArrayAsync());
        book.Keys.Should().Equal("Wyniki", "Odpowiedzi", "Porównanie", "Plan działań", "Postęp", "Metodologia");

        var scores = json.GetProperty("scores");
        var results = book["Wyniki"].Skip(1).ToList();
        (results[0][0], results[0][1]).Should().Be(("ogólny", null));
        Num(results[0][4]).Should().Be(scores.GetProperty("overall").GetDouble());
        results[0][5].Should().Be(scores.GetProperty("levelLabel").GetString());
        var parts = scores.GetProperty("areas").EnumerateArray().Concat(scores.GetProperty("themes").EnumerateArray()).ToList();
        results.Skip(1).Select(r => ((string)r[1]!, Num(r[4]), (string?)r[5]))
            .Should().Equal(parts.Select(p => (p.GetProperty("id").GetString()!, p.GetProperty("score").GetDouble(), p.GetProperty("levelLabel").GetString())));

        var answers = book["Odpowiedzi"].Skip(1).ToDictionary(r => (string)r[1]!);
        foreach (var answer in json.GetProperty("answers").EnumerateObject())
        {
            if (answer.Value.ValueKind == JsonValueKind.Number) Num(answers[answer.Name][3]).Should().Be(answer.Value.GetDouble(), answer.Name);
            else (answers[answer.Name][3], answers[answer.Name][4]).Should().Be((null, answer.Value.GetString()), answer.Name);
        }
        answers.Values.Where(r => r[7] is true).Select(r => (string)r[1]!)
            .Should().Equal(json.GetProperty("disagreements").EnumerateArray().Select(d => d.GetString()));
        // X1.1: median of 1 and 4 = 2.5 (a number, not text), level 2 reached, flagged, 2 respondents; X1.2 nd.
        (Num(answers["X1.1"][3]), answers["X1.1"][6], answers["X1.1"][7], answers["X1.1"][8]).Should().Be((2.5, "X1.1 poziom 2", true, 2L));
        answers["X1.1"][3].Should().BeOfType<double>();
        answers["X1.2"][4].Should().Be("nd");

        var peers = json.GetProperty("peers").GetProperty("overall");
        var comparison = book["Porównanie"].Skip(1).ToList();
        comparison.Select(r => r[0]).Should().Equal(new object?[] { null, "X", "Y" });
        var overall = comparison[0];
        (overall[2], overall[3], overall[4], overall[14]).Should().Be(
            (peers.GetProperty("groupLabel").GetString(), (long)peers.GetProperty("n").GetInt32(), peers.GetProperty("widened").GetBoolean(),
                peers.GetProperty("bandLabel").GetString()));
        // Kamienna Góra (gmina miejska, 15,848 inhabitants): fewer than 5 closed GM-P3 peers, so the whole category, said in words.
        (peers.GetProperty("group").GetString(), peers.GetProperty("widened").GetBoolean()).Should().Be(("default:GM", true));
        overall[2].Should().Be("gminy miejskie (grupa poszerzona do całej kategorii: w tej samej klasie wielkości było mniej niż 5 gmin z wartością)");
        overall[14].Should().BeOneOf("najlepsze 25% grupy", "środkowe 50% grupy", "najsłabsze 25% grupy", "brak oceny (brak wartości lub grupa jednoelementowa)");
        NoTechnicalWords(book);
        new[] { 5, 6, 7, 8, 9, 10, 11 }.Select(c => Num(overall[c])).Should().Equal(
            new[] { "value", "min", "q1", "median", "q3", "max", "mean" }.Select(f => peers.GetProperty(f).GetDouble()));
        ((long)overall[12]!).Should().Be(peers.GetProperty("rank").GetInt32());
        var areaY = json.GetProperty("peers").GetProperty("areas").GetProperty("Y");
        (Num(comparison[2][5]), Num(comparison[2][8])).Should().Be((areaY.GetProperty("value").GetDouble(), areaY.GetProperty("median").GetDouble()));

        var plan = json.GetProperty("actionPlan").EnumerateArray().ToList();
        plan.Should().NotBeEmpty();
        book["Plan działań"].Skip(1).Select(r => ((string)r[0]!, Num(r[2]), (string)r[3]!, Num(r[5]), (long)r[6]!, (string)r[8]!))
            .Should().Equal(plan.Select(a => (a.GetProperty("themeId").GetString()!, a.GetProperty("themeScore").GetDouble(),
                a.GetProperty("questionId").GetString()!, a.GetProperty("currentLevel").GetDouble(), (long)a.GetProperty("targetLevel").GetInt32(),
                a.GetProperty("statement").GetString()!)));

        var methodology = Parameters(book["Metodologia"]);
        (methodology["Kwestionariusz"], methodology["Wersja"], methodology["Status"]).Should().Be(("reczny", 1L, "zamknięta"));
        methodology["Zamknięto"].Should().BeOfType<DateTime>();
        ((DateTime)methodology["Zamknięto"]!).Should().BeCloseTo(json.GetProperty("closedAt").GetDateTimeOffset().UtcDateTime, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Cohort_workbook_cells_equal_the_cohort_json_and_members_reports()
    {
        using var coordinator = await SetUpAsync("kamienna-kohorta");
        var json = await coordinator.GetFromJsonAsync<JsonElement>("/api/cohorts/kamienna-kohorta/assessments/reczny");
        var response = await coordinator.GetAsync("/api/exports/cohorts/kamienna-kohorta/reczny.xlsx");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName.Should().Be("kohorta-kamienna-kohorta-reczny-runda-1.xlsx");
        var book = IndependentXlsxReader.Read(await response.Content.ReadAsByteArrayAsync());
        book.Keys.Should().Equal("Postęp", "Rozkład", "Wyniki tematów", "Rundy", "Metodologia");

        var members = json.GetProperty("members").EnumerateArray().ToList();
        var progress = book["Postęp"].Skip(1).ToList();
        progress.Select(r => ((string)r[0]!, (long)r[4]!, (long)r[5]!, r[6] is null ? (double?)null : Num(r[6]), (string?)r[7]))
            .Should().Equal(members.Select(m => (m.GetProperty("teryt").GetString()!,
                (long)m.GetProperty("respondents").GetInt32(), (long)m.GetProperty("submitted").GetInt32(),
                m.GetProperty("overall").ValueKind == JsonValueKind.Null ? (double?)null : m.GetProperty("overall").GetDouble(),
                m.GetProperty("levelLabel").GetString())));
        members.Select(m => m.GetProperty("status").GetString()).Should().Equal("closed", "closed", "not-started");
        progress.Select(r => (r[2], r[3])).Should().Equal(("gmina miejska", "zamknięta"), ("gmina wiejska", "zamknięta"), ("gmina miejsko-wiejska", "nie rozpoczęta"));
        progress[0][8].Should().BeOfType<DateTime>();
        NoTechnicalWords(book);

        var distributions = new[] { json.GetProperty("overall") }
            .Concat(json.GetProperty("areas").EnumerateArray()).Concat(json.GetProperty("themes").EnumerateArray()).ToList();
        book["Rozkład"].Skip(1).Select(r => ((string?)r[1] ?? "overall", (long)r[3]!, Num(r[4]), Num(r[5]), Num(r[6]), Num(r[7]), Num(r[8]), Num(r[9])))
            .Should().Equal(distributions.Select(d => (d.GetProperty("id").GetString()!, (long)d.GetProperty("n").GetInt32(),
                d.GetProperty("min").GetDouble(), d.GetProperty("q1").GetDouble(), d.GetProperty("median").GetDouble(),
                d.GetProperty("q3").GetDouble(), d.GetProperty("max").GetDouble(), d.GetProperty("mean").GetDouble())));

        var themes = book["Wyniki tematów"];
        themes[0].Skip(3).Should().Equal("X1 Temat X1", "X2 Temat X2", "X3 Temat X3", "Y1 Temat Y1", "Y2 Temat Y2");
        var themeIds = themes[0].Skip(3).Select(h => ((string)h!).Split(' ')[0]).ToList();
        themes.Skip(1).Select(r => r[0]).Should().Equal(KamiennaGoraMiasto, KamiennaGoraGmina);
        foreach (var row in themes.Skip(1))
        {
            var report = await coordinator.GetFromJsonAsync<JsonElement>($"/api/assessments/reczny/{row[0]}");
            var scores = report.GetProperty("scores");
            Num(row[2]).Should().Be(scores.GetProperty("overall").GetDouble());
            themeIds.Select((_, i) => Num(row[3 + i])).Should().Equal(themeIds.Select(id => scores.GetProperty("themes").EnumerateArray()
                .Single(t => t.GetProperty("id").GetString() == id).GetProperty("score").GetDouble()));
        }

        var methodology = Parameters(book["Metodologia"]);
        (methodology["Kohorta"], methodology["Kwestionariusz"], methodology["Runda"], methodology["Liczba gmin"], methodology["Status: zamknięta"])
            .Should().Be(("kamienna-kohorta", "reczny", "1", 3L, 2L));
    }

    [Fact]
    public async Task Exports_are_guarded_like_the_json_they_show()
    {
        using var coordinator = await SetUpAsync("kamienna-dostep");
        using var otherGmina = await factory.UserAsync("jst", KamiennaGoraGmina);
        await (await otherGmina.GetAsync($"/api/exports/assessments/reczny/{KamiennaGoraMiasto}.xlsx")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await otherGmina.GetAsync("/api/exports/cohorts/kamienna-dostep/reczny.xlsx")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await otherGmina.GetAsync($"/api/exports/assessments/reczny/{KamiennaGoraGmina}.xlsx")).StatusCode.Should().Be(HttpStatusCode.OK);

        await (await coordinator.GetAsync($"/api/exports/assessments/nieznany/{KamiennaGoraMiasto}.xlsx")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync("/api/exports/assessments/reczny/0207099.xlsx")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync($"/api/exports/assessments/reczny/{Lubawka}.xlsx")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync("/api/exports/cohorts/nie-ma-takiej/reczny.xlsx")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync("/api/exports/cohorts/kamienna-dostep/nieznany.xlsx")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>No cell shows an id people do not speak: "overall", bands, statuses, level ids, peer group ids.</summary>
    private static void NoTechnicalWords(Dictionary<string, List<List<object?>>> book)
    {
        string[] words = ["overall", "top", "middle", "bottom", "none", "closed", "draft", "in-progress", "not-started", "open", "planned",
            "rozwijajacy-sie", "poczatkowy", "podstawowy", "dojrzaly", "wzorcowy"];
        var found = book.SelectMany(sheet => sheet.Value.SelectMany(row => row.OfType<string>()
            .Where(cell => words.Contains(cell) || cell.StartsWith("default:", StringComparison.Ordinal) || cell.Contains("GET /api", StringComparison.Ordinal))
            .Select(cell => $"{sheet.Key}: {cell}")));
        found.Should().BeEmpty();
    }

    /// <summary>A numeric cell as openpyxl returns it (int for whole numbers, float otherwise); text fails.</summary>
    private static double Num(object? cell) => cell switch
    {
        double d => d,
        long l => l,
        _ => throw new Xunit.Sdk.XunitException($"Expected a numeric cell, got {cell ?? "null"} ({cell?.GetType().Name ?? "empty"})."),
    };

    /// <summary>The parameter table of a Metodologia sheet: name → value.</summary>
    private static Dictionary<string, object?> Parameters(List<List<object?>> sheet)
    {
        var header = sheet.FindIndex(r => r.Count > 1 && r[0] is "Parametr" && r[1] is "Wartość");
        return sheet.Skip(header + 1).Where(r => r.Count > 1 && r[0] is string).ToDictionary(r => (string)r[0]!, r => r[1]);
    }
}

public sealed class SqliteAssessmentExportsApiTests(SqliteAssessmentApi factory) : AssessmentExportsApiTests<SqliteAssessmentApi>(factory);

public sealed class PostgresAssessmentExportsApiTests(PostgresAssessmentApi factory) : AssessmentExportsApiTests<PostgresAssessmentApi>(factory);
