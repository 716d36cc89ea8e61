using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Upgrade;

/// <summary>
/// A database written by the release before Orleans 10.4.2 (tests/Fixtures/v1, made by make_fixture.py with that
/// release) opens with this one, and every value it showed is still there: users and their passwords, the closed
/// assessment with both members' answers and the consensus, metrics, the published ranking, the closed award, the
/// cohort.
/// </summary>
public sealed class UpgradeTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "v1");

    [Fact]
    public async Task A_sqlite_file_of_the_previous_release_opens_with_every_value()
    {
        var path = TestDatabases.NewSqlitePath();
        File.Copy(Path.Combine(Fixtures, "samoocena-v1.db"), path);
        await using (var api = new ApiFactory(StorageKind.Sqlite, serviceId: "samoocena", sqlitePath: path))
            await AssertFixtureValuesAsync(api, "expected-sqlite.json");
        // Opening it a second time changes nothing either.
        await using (var again = new ApiFactory(StorageKind.Sqlite, serviceId: "samoocena", sqlitePath: path))
            await AssertFixtureValuesAsync(again, "expected-sqlite.json");
    }

    [Fact]
    public async Task A_postgres_database_of_the_previous_release_is_carried_into_the_new_storage_with_every_value()
    {
        var database = "upgrade_" + Guid.NewGuid().ToString("N")[..12];
        var server = new NpgsqlConnectionStringBuilder(TestDatabases.PostgresConnectionString);
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE {database}", admin).ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database }.ConnectionString;
        await using (var old = new NpgsqlConnection(connectionString))
        {
            await old.OpenAsync();
            // pg_dump's plain SQL, without its psql meta-commands.
            var dump = string.Join('\n', File.ReadAllLines(Path.Combine(Fixtures, "postgres-v1.sql")).Where(l => !l.StartsWith('\\')));
            await new NpgsqlCommand(dump, old).ExecuteNonQueryAsync();
            await new NpgsqlCommand("SET search_path = public", old).ExecuteNonQueryAsync();
        }

        await using (var api = new ApiFactory(StorageKind.Postgres, serviceId: "samoocena", postgres: connectionString))
            await AssertFixtureValuesAsync(api, "expected-postgres.json");
        await using (var check = new NpgsqlConnection(connectionString))
        {
            await check.OpenAsync();
            (await new NpgsqlCommand("SELECT COUNT(*) FROM public.orleansstoragev1", check).ExecuteScalarAsync()).Should().Be(0L,
                "every old row was carried into the new table");
            (await new NpgsqlCommand("SELECT COUNT(*) FROM public.orleansstorage WHERE serviceid = 'samoocena'", check).ExecuteScalarAsync())
                .Should().BeOfType<long>().Which.Should().BeGreaterThanOrEqualTo(18,
                    "the fixture's 18 stored states (6 users, secret, assessment, audit page, index, 2 indicator-years, years, metrics audit, budget, ranking, award, cohort)");
        }
        // A restart reads the carried rows, and carries nothing twice.
        await using (var again = new ApiFactory(StorageKind.Postgres, serviceId: "samoocena", postgres: connectionString))
            await AssertFixtureValuesAsync(again, "expected-postgres.json");
    }

    private static async Task AssertFixtureValuesAsync(ApiFactory api, string expectedFile)
    {
        var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Fixtures, expectedFile))).RootElement;
        // Users sign in with the passwords they had (the admin's comes from SAMOOCENA_ADMIN_PASSWORD at every start).
        using var coordinator = await api.SignedInAsync("fixture.koordynator", "Fixture-Pass-1");
        // Before anything opens it: the award stored before the award directory existed is listed: for coordinators and for its jurors.
        (await GetAsync(coordinator, "/api/awards")).GetRawText().Should().Be("""[{"id":"fixture-award","title":"Nagroda testowa","status":"closed"}]""");
        using (var juror = await api.SignedInAsync("fixture.jury.b", "Fixture-Pass-1"))
            (await GetAsync(juror, "/api/awards")).GetRawText().Should().Be("""[{"id":"fixture-award","title":"Nagroda testowa","status":"closed"}]""");
        using (var jst = await api.SignedInAsync("fixture.jst.b", "Fixture-Pass-1"))
            (await jst.GetAsync("/api/assessments/samoocena/0201011")).StatusCode.Should().Be(HttpStatusCode.OK);

        // A database without rounds: the questionnaire has round 1, and the old assessment is round 1, by default and by name.
        // Every user of the old release is listed for admins (the user directory came later).
        using (var admin = await api.AdminAsync())
        {
            var users = await GetAsync(admin, "/api/users");
            users.EnumerateArray().Select(u => u.GetProperty("login").GetString()).Should().Contain(
                ["admin", "fixture.koordynator", "fixture.jst.a", "fixture.jst.b", "fixture.jury.a", "fixture.jury.b"]);
        }

        var rounds = await GetAsync(coordinator, "/api/questionnaires/samoocena/rounds");
        rounds.EnumerateArray().Select(r => $"{r.GetProperty("round")} {r.GetProperty("status")}").Should().Equal("1 open");
        foreach (var url in new[] { "/api/assessments/samoocena/0201011", "/api/assessments/samoocena/0201011?round=1" })
        {
            var assessment = await GetAsync(coordinator, url);
            assessment.GetProperty("round").GetString().Should().Be("1", url);
            assessment.GetProperty("previous").ValueKind.Should().Be(JsonValueKind.Null, url);
            foreach (var field in new[] { "status", "respondents", "answers", "disagreements", "scores", "closedAt" })
                Same(assessment.GetProperty(field), expected.GetProperty("assessment").GetProperty(field), $"{url}: assessment.{field}");
        }
        // The audit trail: the page sealed by the old release's page grain (92 entries), then the 3 entries of the tail.
        var audit = (await GetAsync(coordinator, "/api/assessments/samoocena/0201011/audit")).EnumerateArray()
            .Select(e => $"{e.GetProperty("user").GetString()} {e.GetProperty("action").GetString()} {e.GetProperty("target").GetString()}").ToArray();
        audit.Should().HaveCount(95);
        (audit[0], audit[91], audit[94]).Should().Be(("fixture.jst.a answer.set T1.1", "fixture.jst.b answer.set T8.6",
            "fixture.koordynator close samoocena/0201011"));
        using (var jst = await api.SignedInAsync("fixture.jst.b", "Fixture-Pass-1"))
            (await jst.GetFromJsonAsync<JsonElement>("/api/assessments/samoocena/0201011/responses/me?round=1")).GetProperty("answers")
                .EnumerateObject().Count().Should().BeGreaterThan(0, "the member's own answers are kept");

        var metrics = await GetAsync(coordinator, "/api/metrics/0201011/2023");
        foreach (var field in new[] { "teryt", "year", "values", "synthetic" })
            Same(metrics.GetProperty(field), expected.GetProperty("metrics").GetProperty(field), $"metrics.{field}");

        var ranking = await GetAsync(coordinator, "/api/rankings/zielone-finanse/2023");
        ranking.GetProperty("status").GetString().Should().Be(expected.GetProperty("ranking").GetProperty("status").GetString());
        Rows(ranking).Should().Equal(Rows(expected.GetProperty("ranking")));

        var award = await GetAsync(coordinator, "/api/awards/fixture-award/results");
        Places(award).Should().Equal(Places(expected.GetProperty("award")));

        // The cohort stored before the cohort directory is listed (backfilled at start), once.
        var cohorts = await GetAsync(coordinator, "/api/cohorts");
        cohorts.EnumerateArray().Select(c => $"{c.GetProperty("id").GetString()} {c.GetProperty("name").GetString()} {c.GetProperty("members").GetRawText()}")
            .Should().Equal("fixture-cohort Kohorta testowa [\"0201011\",\"0202011\"]");

        var cohort = await GetAsync(coordinator, "/api/cohorts/fixture-cohort/assessments/samoocena");
        Same(cohort.GetProperty("areas"), expected.GetProperty("cohort").GetProperty("areas"), "cohort.areas");
    }

    private static IEnumerable<string> Rows(JsonElement ranking) =>
        ranking.GetProperty("categories").EnumerateArray().SelectMany(c => c.GetProperty("rows").EnumerateArray().Select(r =>
            $"{c.GetProperty("category").GetString()} {r.GetProperty("rank")} {r.GetProperty("teryt").GetString()} {r.GetProperty("score")} {r.GetProperty("label")}"));

    private static IEnumerable<string> Places(JsonElement results) =>
        results.EnumerateArray().SelectMany(c => c.GetProperty("rows").EnumerateArray().Select(r =>
            $"{r.GetProperty("place")} {r.GetProperty("nomineeId").GetString()} {r.GetProperty("score")}"));

    private static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"{url}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>())!;
    }

    private static void Same(JsonElement actual, JsonElement expected, string what) =>
        Canonical(actual).Should().Be(Canonical(expected), what);

    private static string Canonical(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => JsonSerializer.Serialize(p.Name) + ":" + Canonical(p.Value))) + "}",
        JsonValueKind.Array => "[" + string.Join(",", element.EnumerateArray().Select(Canonical)) + "]",
        _ => element.GetRawText(),
    };
}
