using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samoocena.Tests.Excel;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Assessments;

/// <summary>
/// Team work over HTTP (issue 16): a member's notes kept with the answers, every member's response for the consensus
/// step, and which disagreements the team has resolved. Each test works on its own gmina (the fixture is shared).
/// </summary>
public abstract class TeamWorkApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : AssessmentApiFactory
{
    private static string Url(string teryt, string rest = "") => $"/api/assessments/reczny/{teryt}{rest}";

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> request)
    {
        var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static Dictionary<string, string> Values(JsonElement obj) =>
        obj.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText());

    private static Dictionary<string, string> Notes(JsonElement body) =>
        body.GetProperty("notes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    [Fact]
    public async Task Notes_are_saved_with_the_answers_returned_on_resume_cleared_by_null_and_checked()
    {
        const string teryt = "0201022";
        using var member = await factory.UserAsync("jst", teryt);
        var saved = await Ok(member.PutAsJsonAsync(Url(teryt, "/responses/me"), new
        {
            answers = new Dictionary<string, object> { ["X1.1"] = 3, ["X1.2"] = 2 },
            notes = new Dictionary<string, string> { ["X1.1"] = "  Uchwała Rady Gminy nr XII/45/2024  ", ["X2.1"] = "Brak dokumentu" },
        }));
        (saved.GetProperty("answered").GetInt32(), Notes(saved)).Should().BeEquivalentTo(
            (2, new Dictionary<string, string> { ["X1.1"] = "Uchwała Rady Gminy nr XII/45/2024", ["X2.1"] = "Brak dokumentu" }));

        // A note alone (no answers) merges; null clears one; the answers stay.
        await Ok(member.PutAsJsonAsync(Url(teryt, "/responses/me"), new { notes = new Dictionary<string, string?> { ["X2.1"] = null, ["X1.2"] = "Protokół" } }));
        var resumed = await Ok(member.GetAsync(Url(teryt, "/responses/me")));
        Notes(resumed).Should().Equal(new Dictionary<string, string> { ["X1.1"] = "Uchwała Rady Gminy nr XII/45/2024", ["X1.2"] = "Protokół" });
        resumed.GetProperty("answers").GetProperty("X1.1").GetInt32().Should().Be(3);

        // 2,000 characters are accepted, 2,001 are not; an unknown question is refused; nothing of a refused request is stored.
        await Ok(member.PutAsJsonAsync(Url(teryt, "/responses/me"), new { answers = new { }, notes = new Dictionary<string, string> { ["X3.1"] = new('a', 2000) } }));
        var tooLong = await (await member.PutAsJsonAsync(Url(teryt, "/responses/me"), new
        {
            answers = new Dictionary<string, object> { ["X3.2"] = 1 },
            notes = new Dictionary<string, string> { ["X3.1"] = new('b', 2001) },
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        tooLong.GetProperty("errors").EnumerateObject().Select(e => (e.Name, e.Value[0].GetString()))
            .Should().Equal(("notes.X3.1", "Notatka do pytania X3.1 ma 2001 znaków; dozwolone jest najwyżej 2000."));
        var unknown = await (await member.PutAsJsonAsync(Url(teryt, "/responses/me"), new
        {
            answers = new Dictionary<string, object> { ["X3.2"] = 1 },
            notes = new Dictionary<string, string> { ["Z9.9"] = "?" },
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        unknown.GetProperty("errors").EnumerateObject().Select(e => (e.Name, e.Value[0].GetString())).Should().Equal(
            ("notes.Z9.9", "Nie ma pytania Z9.9 w tej wersji kwestionariusza, więc nie można zapisać do niego notatki."));
        var wrongType = await (await member.PutAsJsonAsync(Url(teryt, "/responses/me"), new { answers = new { }, notes = new Dictionary<string, object> { ["X1_1"] = 5 } }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        wrongType.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("notes.X1_1");
        var after = await Ok(member.GetAsync(Url(teryt, "/responses/me")));
        Notes(after)["X3.1"].Should().Be(new string('a', 2000));
        after.GetProperty("answers").TryGetProperty("X3.2", out _).Should().BeFalse();

        // A submitted response stays submitted when only a note changes (notes do not enter the scores).
        (await Ok(member.PostAsync(Url(teryt, "/responses/me/submit"), null))).GetProperty("status").GetString().Should().Be("submitted");
        (await Ok(member.PutAsJsonAsync(Url(teryt, "/responses/me"), new { notes = new Dictionary<string, string> { ["X1.1"] = "Uchwała XII/46/2024" } })))
            .GetProperty("status").GetString().Should().Be("submitted");

        // Closed: read-only, as for answers.
        await Ok(member.PostAsync(Url(teryt, "/close"), null));
        await (await member.PutAsJsonAsync(Url(teryt, "/responses/me"), new { notes = new Dictionary<string, string> { ["X1.1"] = "po zamknięciu" } }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Notes(await Ok(member.GetAsync(Url(teryt, "/responses/me"))))["X1.1"].Should().Be("Uchwała XII/46/2024");

        // The report shows each note next to its question, signed with the member's name.
        using var coordinator = await factory.UserAsync("coordinator");
        var xlsx = await coordinator.GetAsync($"/api/exports/assessments/reczny/{teryt}.xlsx");
        xlsx.StatusCode.Should().Be(HttpStatusCode.OK);
        var sheet = IndependentXlsxReader.Read(await xlsx.Content.ReadAsByteArrayAsync())["Odpowiedzi"];
        sheet[0][9].Should().Be("Notatki zespołu (uzasadnienia)");
        var rows = sheet.Skip(1).ToDictionary(r => (string)r[1]!);
        var login = (await Ok(member.GetAsync("/api/auth/session"))).GetProperty("login").GetString();
        (rows["X1.1"][9], rows["X1.2"][9], rows["X2.1"].ElementAtOrDefault(9)).Should().Be(($"{login}: Uchwała XII/46/2024", $"{login}: Protokół", null));
    }

    [Fact]
    public async Task Team_and_coordinator_see_every_members_answers_and_notes_and_count_resolved_disagreements()
    {
        const string teryt = "0201032";
        using var anna = await factory.UserAsync("jst", teryt);
        using var jan = await factory.UserAsync("jst", teryt);
        using var outsider = await factory.UserAsync("jst", "0201043");
        using var coordinator = await factory.UserAsync("coordinator");
        await Ok(anna.PutAsJsonAsync(Url(teryt, "/responses/me"), new
        {
            answers = new Dictionary<string, object> { ["X1.1"] = 0, ["X1.2"] = 1, ["X1.3"] = true },
            notes = new Dictionary<string, string> { ["X1.1"] = "Nie mamy zespołu" },
        }));
        await Ok(anna.PostAsync(Url(teryt, "/responses/me/submit"), null));
        await Ok(jan.PutAsJsonAsync(Url(teryt, "/responses/me"), new { answers = new Dictionary<string, object> { ["X1.1"] = 4, ["X1.2"] = 3 } }));
        await Ok(jan.PostAsync(Url(teryt, "/responses/me/submit"), null));

        var annaLogin = (await Ok(anna.GetAsync("/api/auth/session"))).GetProperty("login").GetString()!;
        var janLogin = (await Ok(jan.GetAsync("/api/auth/session"))).GetProperty("login").GetString()!;
        foreach (var reader in new[] { anna, coordinator })
        {
            var members = (await Ok(reader.GetAsync(Url(teryt, "/responses")))).EnumerateArray().ToList();
            members.Select(m => m.GetProperty("login").GetString()).Should().Equal(new[] { annaLogin, janLogin }.Order(StringComparer.Ordinal));
            var a = members.Single(m => m.GetProperty("login").GetString() == annaLogin);
            (a.GetProperty("displayName").GetString(), a.GetProperty("status").GetString(), a.GetProperty("answered").GetInt32(), a.GetProperty("total").GetInt32())
                .Should().Be((annaLogin, "submitted", 3, 13));
            a.GetProperty("submittedAt").ValueKind.Should().Be(JsonValueKind.String);
            Values(a.GetProperty("answers")).Should().Equal(new Dictionary<string, string> { ["X1.1"] = "0", ["X1.2"] = "1", ["X1.3"] = "true" });
            Notes(a).Should().Equal(new Dictionary<string, string> { ["X1.1"] = "Nie mamy zespołu" });
            var j = members.Single(m => m.GetProperty("login").GetString() == janLogin);
            Values(j.GetProperty("answers")).Should().Equal(new Dictionary<string, string> { ["X1.1"] = "4", ["X1.2"] = "3" });
            j.GetProperty("notes").GetRawText().Should().Be("{}");
        }
        await (await outsider.GetAsync(Url(teryt, "/responses"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await coordinator.GetAsync("/api/assessments/reczny/0201099/responses")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // 0 vs 4 and 1 vs 3: both disagreements, none resolved; then the team agrees X1.1.
        var before = await Ok(anna.GetAsync(Url(teryt)));
        before.GetProperty("disagreements").GetRawText().Should().Be("""["X1.1","X1.2"]""");
        before.GetProperty("disagreementDetails").GetRawText().Should().Be(
            """[{"questionId":"X1.1","resolved":false,"consensus":null},{"questionId":"X1.2","resolved":false,"consensus":null}]""");
        before.GetProperty("resolvedDisagreements").GetInt32().Should().Be(0);
        await Ok(jan.PutAsJsonAsync(Url(teryt, "/consensus"), new { answers = new Dictionary<string, object> { ["X1.1"] = 2 } }));
        var after = await Ok(coordinator.GetAsync(Url(teryt)));
        after.GetProperty("disagreements").GetRawText().Should().Be("""["X1.1","X1.2"]""");
        after.GetProperty("disagreementDetails").GetRawText().Should().Be(
            """[{"questionId":"X1.1","resolved":true,"consensus":2},{"questionId":"X1.2","resolved":false,"consensus":null}]""");
        after.GetProperty("resolvedDisagreements").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Every_cohort_is_listed_for_coordinators_only()
    {
        using var coordinator = await factory.UserAsync("coordinator");
        using var jst = await factory.UserAsync("jst", "0201011");
        (await coordinator.PutAsJsonAsync("/api/cohorts/lista-b", new { name = "Kohorta B", members = new[] { "0201022", "0201011" } })).EnsureSuccessStatusCode();
        (await coordinator.PutAsJsonAsync("/api/cohorts/lista-a", new { name = "Kohorta A", members = new[] { "0201032" } })).EnsureSuccessStatusCode();
        (await coordinator.PutAsJsonAsync("/api/cohorts/lista-a", new { name = "Kohorta A (zmieniona)", members = new[] { "0201032", "0201043" } })).EnsureSuccessStatusCode();

        var listed = (await Ok(coordinator.GetAsync("/api/cohorts"))).EnumerateArray()
            .Where(c => c.GetProperty("id").GetString()!.StartsWith("lista-", StringComparison.Ordinal))
            .Select(c => (c.GetProperty("id").GetString(), c.GetProperty("name").GetString(), c.GetProperty("members").GetRawText(), c.GetProperty("size").GetInt32()));
        listed.Should().Equal(("lista-a", "Kohorta A (zmieniona)", """["0201032","0201043"]""", 2), ("lista-b", "Kohorta B", """["0201011","0201022"]""", 2));
        await (await jst.GetAsync("/api/cohorts")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}

public sealed class SqliteTeamWorkApiTests(SqliteAssessmentApi factory) : TeamWorkApiTests<SqliteAssessmentApi>(factory);

public sealed class PostgresTeamWorkApiTests(PostgresAssessmentApi factory) : TeamWorkApiTests<PostgresAssessmentApi>(factory);
