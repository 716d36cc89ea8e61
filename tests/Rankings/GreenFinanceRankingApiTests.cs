using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samoocena.Tests.Excel;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Rankings;

/// <summary>
/// The hand-computed case of methodology §5 over HTTP (edition 2024, window 2019–2023), on its own database.
/// GW (reference set of five units, amounts in zł):
///   Bądkowo 0401052 and Sułów 0620122 (population 4 000 each, identical lines: the tie):
///     capex 400 000 (green 200 000, of which external 6057: 80 000), current 1 000 000 (green 100 000), green capex in 2019 and 2020
///     → G1 0.5, G2 200 000/4 000/5 = 10, G3 0.1, G4 0.4, G5 2/5 = 0.4.
///   Szczawa 1207132 (population unknown): capex 1 000 000 (green 500 000, external 6058: 300 000), current 1 000 000 (green 200 000),
///     green capex in 2019, 2021, 2023 → G1 0.5, G2 missing, G3 0.2, G4 0.6, G5 0.6.
///   Jeżów Sudecki 0206062 (8 000): no capital spending; current 2 000 000 (green 500 000) → G1, G4 missing, G2 0, G3 0.25, G5 0:
///     present weight 0.25 + 0.15 + 0.15 = 55 % &lt; 60 % → not ranked (but in the reference set).
///   Kroczyce 2416042 (6 000): capex 300 000, none green; current 1 000 000, none green → G1 0, G2 0, G3 0, G4 missing, G5 0.
///   Min–max over the set: G1 0–0.5, G2 0–10, G3 0–0.25, G4 0.4–0.6, G5 0–0.6.
///   Bądkowo = Sułów = 100 × (0.35·1 + 0.25·1 + 0.15·0.4 + 0.10·0 + 0.15·(0.4/0.6)) = 76 → rank 2, 2 (Lider, Lider; by TERYT).
///   Szczawa = 100 × (0.35·1 + 0.15·0.8 + 0.10·1 + 0.15·1) / 0.75 = 96 → rank 1 Lider.
///   Kroczyce = 0 (weights 0.9) → rank 4 Laureat.
/// GM: Nowe Miasto Lubawskie 2812011 (10 000): capex 1 000 000 (green 500 000 in 2023, not external), current 2 000 000 (none green)
///     → G1 0.5, G2 10, G3 0, G4 0, G5 0.2; Bolesławiec 0201011: capex 1 000 000 none green, current 2 000 000 (green 1 000 000)
///     → G1 0, G2 0, G3 0.5, G4 missing, G5 0. G4 has one value (max = min → n = 1).
///   Nowe Miasto Lubawskie = 100 × (0.35 + 0.25 + 0 + 0.10 + 0.15) = 85; Bolesławiec = 100 × 0.15 / 0.9 = 16.666… → 16.67.
/// </summary>
public abstract class GreenFinanceRankingApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : ApiFactory
{
    internal static readonly string[] Lines =
    [
        BudgetUpload.Header,
        // Bądkowo and Sułów: the tie
        "0401052;2019;900;90001;6050;120000", "0401052;2019;600;60016;6050;200000", "0401052;2019;801;80101;4010;900000",
        "0401052;2019;900;90002;4300;100000", "0401052;2020;900;90001;6057;80000",
        "0620122;2019;900;90001;6050;120000", "0620122;2019;600;60016;6050;200000", "0620122;2019;801;80101;4010;900000",
        "0620122;2019;900;90002;4300;100000", "0620122;2020;900;90001;6057;80000",
        // Szczawa: unknown population
        "1207132;2019;010;01010;6058;300000", "1207132;2021;900;90001;6050;100000", "1207132;2023;900;90005;6050;100000",
        "1207132;2023;750;75023;6060;500000", "1207132;2022;801;80101;4010;800000", "1207132;2022;900;90002;4300;200000",
        // Jeżów Sudecki: no capital spending (coverage rule)
        "0206062;2020;801;80101;4010;1500000", "0206062;2020;900;90002;4300;500000",
        // Kroczyce: capital spending, none green
        "2416042;2022;600;60016;6050;300000", "2416042;2022;801;80101;4010;1000000",
        // GM
        "2812011;2023;900;90001;6050;500000", "2812011;2023;600;60016;6050;500000", "2812011;2023;801;80101;4010;2000000",
        "0201011;2019;600;60016;6050;1000000", "0201011;2019;900;90002;4300;1000000", "0201011;2019;801;80101;4010;1000000",
        // outside the 2024 window: counted for edition 2023 only
        "0401052;2018;900;90001;6050;999999",
    ];

    [Fact]
    public async Task Hand_computed_case_gives_exact_indicators_scores_ranks_labels_and_reasons()
    {
        using var coordinator = await factory.UserAsync("coordinator");
        var imported = await coordinator.ImportAsync(Lines);
        imported.StatusCode.Should().Be(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        var import = await imported.Content.ReadFromJsonAsync<JsonElement>();
        import.GetProperty("imported").GetInt32().Should().Be(Lines.Length - 1);
        import.GetProperty("rejected").GetArrayLength().Should().Be(0);

        (await coordinator.GetAsync("/api/rankings/zielone-finanse/2024")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var computed = await coordinator.PostAsync("/api/rankings/zielone-finanse/2024/compute", null);
        computed.StatusCode.Should().Be(HttpStatusCode.OK, await computed.Content.ReadAsStringAsync());

        using var jst = await factory.UserAsync("jst", "0401052");
        var ranking = await jst.GetFromJsonAsync<JsonElement>("/api/rankings/zielone-finanse/2024");
        ranking.GetProperty("status").GetString().Should().Be("draft");
        ranking.GetProperty("edition").GetInt32().Should().Be(2024);
        ranking.GetProperty("synthetic").GetBoolean().Should().BeFalse();
        ranking.GetProperty("methodVersion").GetString().Should().Be("1.1");
        ranking.GetProperty("shareIndicators").EnumerateArray().Select(x => x.GetString()).Should().Equal("G1", "G3", "G4", "G5");
        var categories = ranking.GetProperty("categories").EnumerateArray().ToDictionary(c => c.GetProperty("category").GetString()!);
        categories.Keys.Should().Equal("MNPP", "GM", "GMW", "GW");
        categories["MNPP"].GetProperty("rows").GetArrayLength().Should().Be(0);
        categories["GMW"].GetProperty("rows").GetArrayLength().Should().Be(0);

        var gw = categories["GW"];
        Rows(gw).Should().Equal(
            ("1207132", 1, 96.0, "Lider"), ("0401052", 2, 76.0, "Lider"), ("0620122", 2, 76.0, "Lider"), ("2416042", 4, 0.0, "Laureat"));
        Indicators(gw, "0401052").Should().Equal(0.5, 10.0, 0.1, 0.4, 0.4);
        Indicators(gw, "0620122").Should().Equal(0.5, 10.0, 0.1, 0.4, 0.4);
        Indicators(gw, "1207132").Should().Equal(0.5, null, 0.2, 0.6, 0.6);
        Indicators(gw, "2416042").Should().Equal(0.0, 0.0, 0.0, null, 0.0);
        var notRanked = gw.GetProperty("notRanked").EnumerateArray().ToArray();
        notRanked.Should().ContainSingle();
        notRanked[0].GetProperty("teryt").GetString().Should().Be("0206062");
        notRanked[0].GetProperty("name").GetString().Should().Be("Jeżów Sudecki");
        notRanked[0].GetProperty("reason").GetString().Should().Be(
            "Brak danych dla wskaźników: G1 (wydatki majątkowe w oknie równe 0), G4 (zielone wydatki majątkowe w oknie równe 0); "
            + "obecne wskaźniki niosą 55 % wagi, wymagane co najmniej 60 %.");
        foreach (var row in gw.GetProperty("rows").EnumerateArray())
        {
            var interval = row.GetProperty("rankInterval").EnumerateArray().Select(x => x.GetInt32()).ToArray();
            interval.Should().HaveCount(2);
            interval[0].Should().BeInRange(1, interval[1]);
            interval[1].Should().BeLessThanOrEqualTo(4);
        }

        var gm = (await jst.GetFromJsonAsync<JsonElement>("/api/rankings/zielone-finanse/2024?category=GM")).GetProperty("categories");
        gm.GetArrayLength().Should().Be(1);
        Rows(gm[0]).Should().Equal(("2812011", 1, 85.0, "Lider"), ("0201011", 2, 16.67, "Lider"));
        Indicators(gm[0], "2812011").Should().Equal(0.5, 10.0, 0.0, 0.0, 0.2);
        Indicators(gm[0], "0201011").Should().Equal(0.0, 0.0, 0.5, null, 0.0);
        gm[0].GetProperty("notRanked").GetArrayLength().Should().Be(0);

        // The export carries the same numbers as the JSON, read back by an independent reader.
        var xlsx = await jst.GetAsync("/api/exports/rankings/zielone-finanse/2024.xlsx");
        xlsx.StatusCode.Should().Be(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentDisposition!.FileName.Should().Contain("zielone-finanse-2024.xlsx");
        var book = IndependentXlsxReader.Read(await xlsx.Content.ReadAsByteArrayAsync());
        book.Keys.Should().Equal("Metodologia", "Miasta na prawach powiatu", "Gminy miejskie", "Gminy miejsko-wiejskie", "Gminy wiejskie", "Dane wejściowe");
        ((string)book["Gminy wiejskie"][0][5]!).Should().StartWith("G1 – ").And.EndWith("(udział 0–1)", "indicator columns carry names and units");
        ExportRows(book["Gminy wiejskie"]).Should().Equal(JsonRows(gw));
        ExportRows(book["Gminy miejskie"]).Should().Equal(JsonRows(gm[0]));
        book["Gminy wiejskie"].Last()[1].Should().Be("0206062");
        book["Gminy wiejskie"].Last()[4].Should().Be("nieklasyfikowana");
        book["Gminy wiejskie"].Last()[13].Should().Be(notRanked[0].GetProperty("reason").GetString());
        var inputs = book["Dane wejściowe"].Skip(1).ToDictionary(r => (string)r[0]!);
        inputs.Should().HaveCount(7);
        (inputs["1207132"][2], inputs["2812011"][2]).Should().Be(("gmina wiejska", "gmina miejska"), "the kind of unit in words, not GW/GM");
        Numbers(inputs["1207132"].Skip(3).Take(7)).Should().Equal(null, 1_000_000, 500_000, 1_000_000, 200_000, 300_000, 3);
        Numbers(inputs["0206062"].Skip(10)).Should().Equal(null, 0, 0.25, null, 0);
        string.Join("\n", book["Metodologia"].SelectMany(r => r).OfType<string>()).Should()
            .Contain("01010, 60004, 90001").And.Contain("ziarno 20241").And.Contain("2019–2023")
            .And.Contain("Metodologia v1.1, zasada zaokrąglania").And.Contain("39,675 → 39,68").And.NotContain("4 miejsc");

        // Not frozen yet: the draft can be recomputed; publishing freezes it.
        using var admin = await factory.AdminAsync();
        (await admin.PostAsync("/api/rankings/zielone-finanse/2024/compute", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await jst.PostAsync("/api/rankings/zielone-finanse/2024/compute", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Unknown_ranking_or_edition_is_404_and_publish_without_draft_is_409()
    {
        using var coordinator = await factory.UserAsync("coordinator");
        await (await coordinator.PostAsync("/api/rankings/nieznany/2024/compute", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.PostAsync("/api/rankings/zielone-finanse/2019/compute", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync("/api/rankings/zielone-finanse/abc")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var never = await (await coordinator.GetAsync("/api/rankings/zielone-finanse/2023")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        never.GetProperty("detail").GetString().Should().Be("Ranking 'zielone-finanse' w edycji 2023 nie został jeszcze obliczony.");
        await (await coordinator.PostAsync("/api/rankings/zielone-finanse/2023/publish", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await coordinator.GetAsync("/api/exports/rankings/zielone-finanse/2023.xlsx")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var list = await coordinator.GetFromJsonAsync<JsonElement>("/api/rankings");
        list[0].GetProperty("id").GetString().Should().Be("zielone-finanse");
        list[0].GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("edition").GetInt32()).Should().Equal(2023, 2024);
        list[0].GetProperty("editions")[0].GetProperty("status").GetString().Should().Be("none");
    }

    private static List<(string, int, double, string?)> Rows(JsonElement category) =>
        category.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("teryt").GetString()!, r.GetProperty("rank").GetInt32(),
            r.GetProperty("score").GetDouble(), r.GetProperty("label").GetString())).ToList();

    private static List<double?> Indicators(JsonElement category, string teryt)
    {
        var row = category.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("teryt").GetString() == teryt);
        var indicators = row.GetProperty("indicators");
        indicators.EnumerateObject().Select(p => p.Name).Should().Equal("G1", "G2", "G3", "G4", "G5");
        return indicators.EnumerateObject().Select(p => p.Value.ValueKind == JsonValueKind.Null ? (double?)null : p.Value.GetDouble()).ToList();
    }

    private static List<string> JsonRows(JsonElement category) =>
        category.GetProperty("rows").EnumerateArray().Select(r =>
        {
            var i = r.GetProperty("indicators").EnumerateObject().Select(p => p.Value.ValueKind == JsonValueKind.Null ? "" : p.Value.GetDouble().ToString("R"));
            var interval = r.GetProperty("rankInterval");
            return string.Join("|", new[] { r.GetProperty("rank").GetInt32().ToString(), r.GetProperty("teryt").GetString()!,
                r.GetProperty("score").GetDouble().ToString("R"), r.GetProperty("label").GetString() ?? "" }
                .Concat(i).Concat([interval[0].GetInt32().ToString(), interval[1].GetInt32().ToString()]));
        }).ToList();

    private static List<string> ExportRows(List<List<object?>> sheet) =>
        sheet.Skip(1).Where(r => r[0] is not null).Select(r => string.Join("|",
            new[] { Number(r[0])!.Value.ToString("R"), (string)r[1]!, Number(r[3])!.Value.ToString("R"), (string?)r[4] ?? "" }
                .Concat(r.Skip(5).Take(5).Select(x => Number(x)?.ToString("R") ?? ""))
                .Concat(r.Skip(10).Take(2).Select(x => Number(x)!.Value.ToString("R"))))).ToList();

    private static double? Number(object? x) => x is null ? null : Convert.ToDouble(x, System.Globalization.CultureInfo.InvariantCulture);

    private static List<double?> Numbers(IEnumerable<object?> xs) => xs.Select(Number).ToList();
}

public sealed class GreenFinanceRankingSqliteTests(SqliteApi factory) : GreenFinanceRankingApiTests<SqliteApi>(factory);

public sealed class GreenFinanceRankingPostgresTests(PostgresApi factory) : GreenFinanceRankingApiTests<PostgresApi>(factory);
