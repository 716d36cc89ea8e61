using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samoocena.Tests.Excel;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Awards;

/// <summary>
/// The award workflow over HTTP as a coordinator and jurors use it. The hand-computed case (weights a=2, b=1, c=1,
/// so a juror total is (2a + b + c) / 4):
/// <code>
/// miasta (6 jurors; j6 is linked to Kalisz 3061011 and may not score m-c)
///   m-a: j1 10,10,10→10  j2 8,6,4→6.5  j3 7,7,7→7  j4 6,8,8→7  j5 9,5,5→7  j6 2,2,2→2
///        6 counted → drop 10 and 2 → (6.5+7+7+7)/4 = 6.875 → 6.88
///   m-b: j1 7  j2 7  j3 8,6,4→6.5  j4 7  j5 10,0,0→5  j6 9 → drop 9 and 5 → 27.5/4 = 6.875 → 6.88 (ex aequo with m-a)
///   m-c: j1 5  j2 4  j3 6  j4 3  j5 10 → 5 counted → drop 10 and 3 → 15/3 = 5
///   places 1 (m-a), 1 (m-b), 3 (m-c)
/// gminy (4 jurors count)
///   g-x: j1 8→8  j2 6,4,4→5  j3 9,7,5→7.5  j4 10,10,9→9.75; j5 scored only a (incomplete, not counted)
///        → 30.25/4 = 7.5625 → 7.56
///   g-y: j1 7  j2 8  j3 6  j4 9 → 30/4 = 7.5
///   g-z: no sheet → no place, no score
/// </code>
/// </summary>
public abstract class AwardApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : ApiFactory
{
    private const string Kalisz = "3061011";

    private sealed record Scenario(string AwardId, HttpClient Coordinator, HttpClient[] Jurors, string[] Logins) : IDisposable
    {
        public HttpClient J(int i) => Jurors[i - 1];

        public string Login(int i) => Logins[i - 1];

        public string Url(string rest = "") => $"/api/awards/{AwardId}{rest}";

        public void Dispose()
        {
            Coordinator.Dispose();
            foreach (var j in Jurors) j.Dispose();
        }
    }

    private static object Definition(IEnumerable<string> jurors, string title = "Złote Lajki – test", double weightA = 2) => new
    {
        title,
        categories = new object[] { new { id = "miasta", title = "Miasta" }, "gminy" },
        criteria = new object[] { new { id = "a", weight = weightA, name = "Treść" }, new { id = "b", weight = 1 }, new { id = "c", weight = 1 } },
        nominees = new object[]
        {
            new { id = "m-a", category = "miasta", teryt = "1465011", name = "Warszawa" },
            new { id = "m-b", category = "miasta", name = "Profil Miasta B" },
            new { id = "m-c", category = "miasta", teryt = Kalisz, name = "Kalisz" },
            new { id = "g-x", category = "gminy", teryt = "0205011", name = "Jawor" },
            new { id = "g-y", category = "gminy", teryt = "2212011", name = "Ustka" },
            new { id = "g-z", category = "gminy", name = "Gmina Z" },
        },
        jurors,
    };

    private async Task<Scenario> DefineAsync(int jurorCount = 6)
    {
        var prefix = "t" + Guid.NewGuid().ToString("N")[..8];
        var logins = Enumerable.Range(1, jurorCount).Select(i => $"{prefix}-j{i}").ToArray();
        var jurors = new HttpClient[jurorCount];
        for (var i = 0; i < jurorCount; i++)
            jurors[i] = await factory.UserAsync("jury", i == 5 ? Kalisz : null, logins[i]);
        var coordinator = await factory.UserAsync("coordinator", null, prefix + "-coord");
        var s = new Scenario(prefix, coordinator, jurors, logins);
        var put = await coordinator.PutAsJsonAsync(s.Url(), Definition(logins));
        put.StatusCode.Should().Be(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        return s;
    }

    private static async Task ScoreAsync(Scenario s, int juror, string nominee, int a, int b, int c)
    {
        var response = await s.J(juror).PutAsJsonAsync(s.Url($"/scores/{nominee}"), new { a, b, c });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static async Task ScoreHandComputedCaseAsync(Scenario s)
    {
        int[][] ma = [[10, 10, 10], [8, 6, 4], [7, 7, 7], [6, 8, 8], [9, 5, 5], [2, 2, 2]];
        int[][] mb = [[7, 7, 7], [7, 7, 7], [8, 6, 4], [7, 7, 7], [10, 0, 0], [9, 9, 9]];
        int[] mc = [5, 4, 6, 3, 10];
        int[][] gx = [[8, 8, 8], [6, 4, 4], [9, 7, 5], [10, 10, 9]];
        int[] gy = [7, 8, 6, 9];
        for (var j = 1; j <= 6; j++)
        {
            await ScoreAsync(s, j, "m-a", ma[j - 1][0], ma[j - 1][1], ma[j - 1][2]);
            await ScoreAsync(s, j, "m-b", mb[j - 1][0], mb[j - 1][1], mb[j - 1][2]);
        }
        for (var j = 1; j <= 5; j++) await ScoreAsync(s, j, "m-c", mc[j - 1], mc[j - 1], mc[j - 1]);
        for (var j = 1; j <= 4; j++)
        {
            await ScoreAsync(s, j, "g-x", gx[j - 1][0], gx[j - 1][1], gx[j - 1][2]);
            await ScoreAsync(s, j, "g-y", gy[j - 1], gy[j - 1], gy[j - 1]);
        }
        (await s.J(5).PutAsJsonAsync(s.Url("/scores/g-x"), new { a = 10 })).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static readonly string ExpectedResults = """
        [{"category":"miasta","title":"Miasta","rows":[
          {"place":1,"nomineeId":"m-a","name":"Warszawa","score":6.88,"countedSheets":6},
          {"place":1,"nomineeId":"m-b","name":"Profil Miasta B","score":6.88,"countedSheets":6},
          {"place":3,"nomineeId":"m-c","name":"Kalisz","score":5,"countedSheets":5}]},
         {"category":"gminy","title":"gminy","rows":[
          {"place":1,"nomineeId":"g-x","name":"Jawor","score":7.56,"countedSheets":4},
          {"place":2,"nomineeId":"g-y","name":"Ustka","score":7.5,"countedSheets":4},
          {"place":null,"nomineeId":"g-z","name":"Gmina Z","score":null,"countedSheets":0}]}]
        """;

    private static string Canonical(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);

    [Fact]
    public async Task Hand_computed_case_gives_the_places_and_scores_of_the_method()
    {
        using var s = await DefineAsync();
        await ScoreHandComputedCaseAsync(s);

        var conflict = await s.J(6).PutAsJsonAsync(s.Url("/scores/m-c"), new { a = 10, b = 10, c = 10 });
        var detail = (await conflict.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString();
        detail.Should().Contain(s.Login(6)).And.Contain("m-c").And.Contain("Kalisz").And.Contain(Kalisz).And.Contain("Konflikt interesów");

        var closed = await s.Coordinator.PostAsync(s.Url("/close"), null);
        closed.StatusCode.Should().Be(HttpStatusCode.OK);
        Canonical(await closed.Content.ReadAsStringAsync()).Should().Be(Canonical(ExpectedResults));

        // After the close anyone signed in, jurors included, reads the same frozen results.
        var asJuror = await s.J(6).GetAsync(s.Url("/results"));
        asJuror.StatusCode.Should().Be(HttpStatusCode.OK);
        Canonical(await asJuror.Content.ReadAsStringAsync()).Should().Be(Canonical(ExpectedResults));
    }

    [Fact]
    public async Task Export_read_back_by_another_reader_matches_the_results()
    {
        using var s = await DefineAsync();
        await ScoreHandComputedCaseAsync(s);
        (await s.Coordinator.PostAsync(s.Url("/close"), null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var results = await s.Coordinator.GetFromJsonAsync<JsonElement>(s.Url("/results"));

        var response = await s.Coordinator.GetAsync($"/api/exports/awards/{s.AwardId}.xlsx");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be($"nagrody-{s.AwardId}.xlsx");
        var book = IndependentXlsxReader.Read(await response.Content.ReadAsByteArrayAsync());
        book.Keys.Should().Equal("Miasta", "gminy", "Karty jurorów", "Metodologia");

        foreach (var category in results.EnumerateArray())
        {
            var sheet = book[category.GetProperty("title").GetString()!];
            sheet[0].Should().Equal(new object?[] { "Miejsce", "Nominacja", "Nazwa", "TERYT", "Wynik", "Liczba kart liczonych" });
            var expected = category.GetProperty("rows").EnumerateArray().Select(r => new object?[]
            {
                r.GetProperty("place").ValueKind == JsonValueKind.Null ? null : r.GetProperty("place").GetInt32(),
                r.GetProperty("nomineeId").GetString(), r.GetProperty("name").GetString(),
                r.GetProperty("score").ValueKind == JsonValueKind.Null ? null : r.GetProperty("score").GetDouble(),
                r.GetProperty("countedSheets").GetInt32(),
            }).ToArray();
            var actual = sheet.Skip(1).Select(r => new object?[]
            {
                r[0] is null ? null : Convert.ToInt32(r[0]), r[1], r[2], r[4] is null ? null : Convert.ToDouble(r[4]), Convert.ToInt32(r[5]),
            }).ToArray();
            actual.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        }
        book["Miasta"][1][3].Should().Be("1465011");

        // 6 + 6 + 5 + 4 + 4 + 1 (j5's incomplete g-x) = 26 sheets; j5's g-x sheet does not count.
        var sheets = book["Karty jurorów"];
        sheets[0].Should().Equal(new object?[] { "Juror", "Gmina jurora (TERYT)", "Nominacja", "Kategoria", "Treść", "b", "c", "Suma ważona", "Karta liczona" });
        sheets.Should().HaveCount(27);
        sheets.Skip(1).Single(r => (string)r[0]! == s.Login(5) && (string)r[2]! == "g-x")
            .Should().Equal(new object?[] { s.Login(5), null, "g-x", "gminy", 10L, null, null, null, false });
        sheets.Skip(1).Single(r => (string)r[0]! == s.Login(4) && (string)r[2]! == "g-x")
            .Should().Equal(new object?[] { s.Login(4), null, "g-x", "gminy", 10L, 10L, 9L, 9.75, true });

        var method = book["Metodologia"].SelectMany(r => r).OfType<string>().ToArray();
        method.Should().Contain(t => t.Contains("średnia obcięta")).And.Contain("Waga kryterium: Treść (a)");
        var weightRow = book["Metodologia"].Single(r => r.Count > 1 && Equals(r[0], "Waga kryterium: Treść (a)"));
        Convert.ToDouble(weightRow[1]).Should().Be(2);

        // A juror gets the results but not the other jurors' sheets.
        var asJuror = IndependentXlsxReader.Read(await s.J(1).GetByteArrayAsync($"/api/exports/awards/{s.AwardId}.xlsx"));
        asJuror.Keys.Should().Equal("Miasta", "gminy", "Metodologia");
    }

    [Fact]
    public async Task Results_are_secret_until_the_close_and_the_vote_is_frozen_after_it()
    {
        using var s = await DefineAsync();
        await ScoreAsync(s, 1, "m-a", 5, 5, 5);

        var early = await s.J(1).GetAsync(s.Url("/results"));
        (await early.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString().Should().Contain("tajne");
        await (await s.Coordinator.GetAsync(s.Url("/results"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await s.J(1).GetAsync($"/api/exports/awards/{s.AwardId}.xlsx")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await s.J(1).PostAsync(s.Url("/close"), null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await s.Coordinator.PostAsync(s.Url("/close"), null)).StatusCode.Should().Be(HttpStatusCode.OK);

        var late = await s.J(1).PutAsJsonAsync(s.Url("/scores/m-a"), new { a = 6 });
        (await late.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString().Should().Contain("zamknięte");
        await (await s.Coordinator.PostAsync(s.Url("/close"), null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await s.Coordinator.PutAsJsonAsync(s.Url(), Definition(s.Logins, "Nowy tytuł"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        using var jst = await factory.UserAsync("jst", "1465011", s.AwardId + "-jst");
        var results = await jst.GetFromJsonAsync<JsonElement>(s.Url("/results"));
        // One complete sheet of 5,5,5 → 5; nothing else counted.
        results[0].GetProperty("rows")[0].GetProperty("score").GetDouble().Should().Be(5);
        (await s.Coordinator.GetFromJsonAsync<JsonElement>(s.Url())).GetProperty("status").GetString().Should().Be("closed");
    }

    [Theory]
    [InlineData("""{"a": 11}""", "scores.a")]
    [InlineData("""{"a": -1}""", "scores.a")]
    [InlineData("""{"b": 7.5}""", "scores.b")]
    [InlineData("""{"c": "7"}""", "scores.c")]
    [InlineData("""{"c": true}""", "scores.c")]
    [InlineData("""{"a": 3, "zasieg": 4}""", "scores.zasieg")]
    [InlineData("""{}""", "scores")]
    [InlineData("""[1, 2]""", "scores")]
    public async Task Scores_out_of_0_to_10_or_for_unknown_criteria_are_422_naming_the_field(string body, string field)
    {
        using var s = await DefineAsync(jurorCount: 1);
        var response = await s.J(1).PutAsync(s.Url("/scores/m-a"), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().Equal(field);
        // Nothing of a refused request is kept, not even its valid part.
        (await s.J(1).GetFromJsonAsync<JsonElement[]>(s.Url("/scores/me"))).Should().BeEmpty();
    }

    [Fact]
    public async Task Only_listed_jurors_score_and_unknown_nominees_or_awards_are_404()
    {
        using var s = await DefineAsync(jurorCount: 1);
        using var outsider = await factory.UserAsync("jury", null, s.AwardId + "-outsider");
        (await (await outsider.PutAsJsonAsync(s.Url("/scores/m-a"), new { a = 5 })).ShouldBeProblemAsync(HttpStatusCode.Forbidden))
            .GetProperty("detail").GetString().Should().Contain("nie jest jurorem");
        using var jst = await factory.UserAsync("jst", "1465011", s.AwardId + "-jst");
        await (await jst.PutAsJsonAsync(s.Url("/scores/m-a"), new { a = 5 })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await s.Coordinator.PutAsJsonAsync(s.Url("/scores/m-a"), new { a = 5 })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await s.J(1).PutAsJsonAsync(s.Url("/scores/nie-ma"), new { a = 5 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await s.J(1).PutAsJsonAsync("/api/awards/nie-ma-takiej/scores/m-a", new { a = 5 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await s.Coordinator.GetAsync("/api/awards/nie-ma-takiej")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await jst.PutAsJsonAsync(s.Url(), Definition(s.Logins))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_definition_is_validated_field_by_field()
    {
        var prefix = "v" + Guid.NewGuid().ToString("N")[..8];
        using var jury = await factory.UserAsync("jury", null, prefix + "-jury");
        using var staff = await factory.UserAsync("jst", "1465011", prefix + "-jst");
        using var coordinator = await factory.UserAsync("coordinator", null, prefix + "-coord");
        var body = new
        {
            title = "",
            categories = new object[] { "miasta", new { id = "miasta", title = "Druga" } },
            criteria = new object[] { new { id = "a", weight = 0 }, new { id = "b", weight = 1 }, new { id = "b", weight = 2 } },
            nominees = new object[]
            {
                new { id = "n1", category = "wsie", teryt = "1465011", name = "Warszawa" },
                new { id = "n2", category = "miasta", teryt = "9999999", name = "Nigdzie" },
                new { id = "n3", category = "miasta", teryt = "1465011", name = "Warszawa" },
                new { id = "n3", category = "miasta", teryt = "1465011", name = "Znowu" },
            },
            jurors = new[] { prefix + "-nikt", prefix + "-jst", prefix + "-jury" },
        };
        var response = await coordinator.PutAsJsonAsync($"/api/awards/{prefix}", body);
        var errors = (await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        errors.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(
            "title", "categories[1].id", "criteria[0].weight", "criteria[2].id", "nominees[0].category", "nominees[1].teryt",
            "nominees[3].id", "jurors[0]", "jurors[1]");
        errors.GetProperty("jurors[1]")[0].GetString().Should().Contain("jst").And.Contain("jury");
        errors.GetProperty("nominees[1].teryt")[0].GetString().Should().Contain("9999999");
        await (await coordinator.GetAsync($"/api/awards/{prefix}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var badId = await coordinator.PutAsJsonAsync("/api/awards/Zle%20ID", Definition([prefix + "-jury"]));
        (await badId.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("awardId", out _).Should().BeTrue();
        var notJson = await coordinator.PutAsync($"/api/awards/{prefix}", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
        await notJson.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Before_scoring_a_definition_is_replaced_after_it_criteria_and_nominees_are_frozen()
    {
        using var s = await DefineAsync(jurorCount: 2);
        var replaced = await s.Coordinator.PutAsJsonAsync(s.Url(), Definition(s.Logins.Take(1), weightA: 3));
        var edition = await replaced.Content.ReadFromJsonAsync<JsonElement>();
        edition.GetProperty("version").GetInt32().Should().Be(2);
        edition.GetProperty("criteria")[0].GetProperty("weight").GetDouble().Should().Be(3);
        edition.GetProperty("jurors").GetArrayLength().Should().Be(1);
        edition.GetProperty("categories")[1].GetProperty("title").GetString().Should().Be("gminy");

        await ScoreAsync(s, 1, "m-a", 5, 5, 5);
        var weight = await s.Coordinator.PutAsJsonAsync(s.Url(), Definition(s.Logins.Take(1), weightA: 2));
        (await weight.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()
            .Should().Contain("rozpoczęło").And.Contain("kryteriów");
        var fewerNominees = Definition(s.Logins.Take(1), weightA: 3);
        var json = JsonSerializer.SerializeToNode(fewerNominees)!;
        json["nominees"]!.AsArray().RemoveAt(5);
        (await (await s.Coordinator.PutAsJsonAsync(s.Url(), json)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("detail").GetString().Should().Contain("nominacji");

        // The title may change and a juror may join while scoring runs.
        var joined = await s.Coordinator.PutAsJsonAsync(s.Url(), Definition(s.Logins, "Nowy tytuł", weightA: 3));
        joined.StatusCode.Should().Be(HttpStatusCode.OK, await joined.Content.ReadAsStringAsync());
        var now = await s.J(2).GetFromJsonAsync<JsonElement>(s.Url());
        (now.GetProperty("title").GetString(), now.GetProperty("version").GetInt32(), now.GetProperty("scoringStarted").GetBoolean())
            .Should().Be(("Nowy tytuł", 3, true));
        var removed = await s.Coordinator.PutAsJsonAsync(s.Url(), Definition(s.Logins.Skip(1), weightA: 3));
        (await removed.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString().Should().Contain(s.Login(1));
    }

    [Fact]
    public async Task Progress_and_own_sheets_reveal_no_other_score_until_the_close()
    {
        using var s = await DefineAsync();
        await ScoreAsync(s, 1, "m-a", 9, 8, 7);
        (await s.J(1).PutAsJsonAsync(s.Url("/scores/m-b"), new { a = 4 })).StatusCode.Should().Be(HttpStatusCode.OK);
        await ScoreAsync(s, 2, "m-a", 1, 2, 3);
        // An edit before the close replaces the score; null clears one.
        (await s.J(2).PutAsJsonAsync(s.Url("/scores/m-a"), new { a = 6, c = (int?)null })).StatusCode.Should().Be(HttpStatusCode.OK);

        var mine = await s.J(1).GetFromJsonAsync<JsonElement[]>(s.Url("/scores/me"));
        mine!.Select(m => (m.GetProperty("nomineeId").GetString(), m.GetProperty("complete").GetBoolean())).Should().Equal(("m-a", true), ("m-b", false));
        // (2·9 + 8 + 7) / 4 = 8.25
        mine![0].GetProperty("total").GetDouble().Should().Be(8.25);
        var theirs = await s.J(2).GetFromJsonAsync<JsonElement[]>(s.Url("/scores/me"));
        theirs!.Single().GetProperty("scores").GetRawText().Should().Be("""{"a":6,"b":2}""");

        var response = await s.Coordinator.GetAsync(s.Url("/progress"));
        var text = await response.Content.ReadAsStringAsync();
        var progress = JsonDocument.Parse(text).RootElement;
        progress.GetProperty("closed").GetBoolean().Should().BeFalse();
        var j1 = progress.GetProperty("jurors")[0];
        (j1.GetProperty("login").GetString(), j1.GetProperty("completeSheets").GetInt32(), j1.GetProperty("incompleteSheets").GetInt32(),
            j1.GetProperty("missingSheets").GetInt32()).Should().Be((s.Login(1), 1, 1, 4));
        j1.GetProperty("nominees").GetProperty("m-b").GetString().Should().Be("incomplete");
        progress.GetProperty("jurors")[5].GetProperty("nominees").GetProperty("m-c").GetString().Should().Be("conflict");
        text.Should().NotContain("\"scores\"").And.NotContain("total");
        await (await s.J(1).GetAsync(s.Url("/progress"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var audit = await s.Coordinator.GetFromJsonAsync<JsonElement>(s.Url("/audit"));
        audit.GetProperty("sheets").ValueKind.Should().Be(JsonValueKind.Null);
        var scoreEntries = audit.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("action").GetString() == "score.set").ToArray();
        scoreEntries.Should().HaveCount(9); // 3 + 1 + 3 + (a changed, c cleared)
        scoreEntries.Should().OnlyContain(e => e.GetProperty("newValue").ValueKind == JsonValueKind.Null
            || e.GetProperty("newValue").GetString()!.Contains("ukryte"));

        (await s.Coordinator.PostAsync(s.Url("/close"), null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var after = await s.Coordinator.GetFromJsonAsync<JsonElement>(s.Url("/audit"));
        after.GetProperty("sheets").GetArrayLength().Should().Be(3);
        var edit = after.GetProperty("entries").EnumerateArray().Last(e => e.GetProperty("target").GetString() == "m-a/a");
        (edit.GetProperty("user").GetString(), edit.GetProperty("oldValue").GetString(), edit.GetProperty("newValue").GetString())
            .Should().Be((s.Login(2), "1", "6"));
        after.GetProperty("entries").EnumerateArray().Last().GetProperty("action").GetString().Should().Be("close");
    }

    [Fact]
    public async Task A_long_scoring_history_is_kept_whole_and_in_order_across_sealed_audit_pages()
    {
        using var s = await DefineAsync();
        // 20 saves of 3 changed scores each: 1 define + 60 score entries, more than one sealed page of 50.
        for (var i = 0; i < 20; i++) await ScoreAsync(s, 1, "m-a", i % 2 == 0 ? 9 : 3, i % 2 == 0 ? 8 : 2, i % 2 == 0 ? 7 : 1);

        var audit = (await s.Coordinator.GetFromJsonAsync<JsonElement>(s.Url("/audit"))).GetProperty("entries").EnumerateArray().ToArray();
        audit.Select(e => e.GetProperty("action").GetString()).Should().Equal(["define", .. Enumerable.Repeat("score.set", 60)]);
        audit.Skip(1).Select(e => e.GetProperty("target").GetString()).Should().Equal(Enumerable.Range(0, 60).Select(i => "m-a/" + "abc"[i % 3]));
        audit.Skip(1).Should().OnlyContain(e => e.GetProperty("newValue").GetString()!.Contains("ukryte"));
        // Scoring has started although its first entries now lie in a sealed page: the criteria stay frozen.
        await (await s.Coordinator.PutAsJsonAsync(s.Url(), Definition(s.Logins, weightA: 3))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        (await s.Coordinator.PostAsync(s.Url("/close"), null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var after = (await s.Coordinator.GetFromJsonAsync<JsonElement>(s.Url("/audit"))).GetProperty("entries").EnumerateArray().ToArray();
        after.Should().HaveCount(62);
        (after[1].GetProperty("oldValue").ValueKind, after[1].GetProperty("newValue").GetString()).Should().Be((JsonValueKind.Null, "9"));
        (after[60].GetProperty("target").GetString(), after[60].GetProperty("oldValue").GetString(), after[60].GetProperty("newValue").GetString())
            .Should().Be(("m-a/c", "7", "1"));
        after[61].GetProperty("action").GetString().Should().Be("close");
    }
}

public sealed class SqliteAwardApiTests(SqliteApi factory) : AwardApiTests<SqliteApi>(factory);

public sealed class PostgresAwardApiTests(PostgresApi factory) : AwardApiTests<PostgresApi>(factory);
