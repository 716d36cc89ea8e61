using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Rounds;

/// <summary>
/// Assessment rounds over HTTP (api.md, rounds line): a gmina fills round <c>a</c>, the round is closed, the gmina
/// fills round <c>b</c>; b's result shows the change by hand. Clock: 2025-06-15 (Europe/Warsaw).
/// </summary>
public abstract class RoundsApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : RoundsApiFactory
{
    private const string Q = "rundy";
    private const string Teryt = "0201011";

    // Round a, one member (questionnaire "test", nothing required):
    //   X1 = 100·(1·1/4 + 2·2/4 + 1·0)/4 = 31.25; X2 = 100·(1/4 + 1/4 + 3·1/4)/5 = 25; X3 = 100·(2/4 + 1/4)/2 = 37.5
    //   X = (2·31.25 + 25 + 37.5)/4 = 31.25; Y1 = 100·(2/4 + 2/4)/2 = 50; Y2 = 100·(1/4 + 1/4)/2 = 25; Y = 37.5
    //   overall = (2·31.25 + 37.5)/3 = 33.333… → shown 33.33 (podstawowy)
    private static readonly Dictionary<string, object> RoundA = new()
    {
        ["X1.1"] = 1, ["X1.2"] = 2, ["X1.3"] = false, ["X2.1"] = 1, ["X2.2"] = 1, ["X2.3"] = 1, ["X3.1"] = 2, ["X3.2"] = 1,
        ["Y1.1"] = 2, ["Y1.2"] = 2, ["Y2.1"] = 1, ["Y2.2"] = 1,
    };

    // Round b: X1 = 100·(3/4 + 2·2/4 + 1)/4 = 68.75; X2 = 100·(2/4 + 1/4 + 3·2/4)/5 = 45; X3 = 100·(2/4 + 2/4)/2 = 50
    //   X = (2·68.75 + 45 + 50)/4 = 58.125 → shown 58.13; Y1 = 100·(2/4 + 3/4)/2 = 62.5; Y2 = 100·(1/4 + 0)/2 = 12.5; Y = 37.5
    //   overall = (2·58.125 + 37.5)/3 = 51.25 (rozwijający się)
    // Deltas of shown scores: overall 51.25 − 33.33 = 17.92; X 58.13 − 31.25 = 26.88; Y 0; X1 37.5; X2 20; X3 12.5;
    //   Y1 12.5; Y2 −12.5.
    private static readonly Dictionary<string, object> RoundB = new()
    {
        ["X1.1"] = 3, ["X1.2"] = 2, ["X1.3"] = true, ["X2.1"] = 2, ["X2.2"] = 1, ["X2.3"] = 2, ["X3.1"] = 2, ["X3.2"] = 2,
        ["Y1.1"] = 2, ["Y1.2"] = 3, ["Y2.1"] = 1, ["Y2.2"] = 0,
    };

    private static string Url(string rest = "", string? round = null) =>
        $"/api/assessments/{Q}/{Teryt}{rest}" + (round is null ? "" : $"?round={round}");

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> request, HttpStatusCode status = HttpStatusCode.OK)
    {
        var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static Task<HttpResponseMessage> PutRound(HttpClient client, string id, string title, string opensOn, string closesOn) =>
        client.PutAsJsonAsync($"/api/questionnaires/{Q}/rounds/{id}", new { title, opensOn, closesOn });

    [Fact]
    public async Task A_gmina_fills_round_a_the_round_closes_it_fills_round_b_and_sees_exact_progress()
    {
        using var coordinator = await factory.UserAsync("coordinator");
        using var jst = await factory.UserAsync("jst", Teryt);

        // Before any round: the implicit round 1, open, undated.
        var before = await Ok(jst.GetAsync($"/api/questionnaires/{Q}/rounds"));
        before.EnumerateArray().Select(r => $"{r.GetProperty("round")} {r.GetProperty("status")} {r.GetProperty("definitionVersion")}").Should().Equal("1 open 1");

        (await Ok(PutRound(coordinator, "a", "Runda A", "2025-06-01", "2025-06-30"), HttpStatusCode.Created))
            .GetProperty("status").GetString().Should().Be("open");
        await Ok(jst.PutAsJsonAsync(Url("/responses/me", "a"), new { answers = RoundA }));
        await Ok(jst.PostAsync(Url("/responses/me/submit", "a"), null));
        await Ok(jst.PostAsync(Url("/close", "a"), null));
        (await Ok(coordinator.PostAsync($"/api/questionnaires/{Q}/rounds/a/close", null))).GetProperty("status").GetString().Should().Be("closed");

        // Saving into the closed round is refused, with the reason in Polish.
        var reopened = await Ok(coordinator.PostAsync(Url("/reopen", "a"), null));
        reopened.GetProperty("status").GetString().Should().Be("in-progress");
        var refused = await (await jst.PutAsJsonAsync(Url("/responses/me", "a"), new { answers = new { X11 = 1 } }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        refused.GetProperty("detail").GetString().Should().StartWith("Runda „Runda A” (a) kwestionariusza rundy jest zamknięta od 2025-06-15 12:00");

        // Round b opens today (dates inclusive) and is the default now: the latest open round.
        await Ok(PutRound(coordinator, "b", "Runda B", "2025-06-15", "2025-07-31"), HttpStatusCode.Created);
        await Ok(jst.PutAsJsonAsync(Url("/responses/me"), new { answers = RoundB }));
        await Ok(jst.PostAsync(Url("/responses/me/submit"), null));

        var result = await Ok(jst.GetAsync(Url()));
        result.GetProperty("round").GetString().Should().Be("b");
        var scores = result.GetProperty("scores");
        scores.GetProperty("overall").GetDouble().Should().Be(51.25);
        var previous = result.GetProperty("previous");
        previous.GetProperty("round").GetString().Should().Be("a");
        (previous.GetProperty("overall").GetDouble(), previous.GetProperty("delta").GetDouble(), previous.GetProperty("level").GetString())
            .Should().Be((33.33, 17.92, "podstawowy"));
        Parts(previous.GetProperty("areas")).Should().Equal("X 31.25 26.88 podstawowy", "Y 37.5 0 podstawowy");
        Parts(previous.GetProperty("themes")).Should().Equal(
            "X1 31.25 37.5 podstawowy", "X2 25 20 podstawowy", "X3 37.5 12.5 podstawowy", "Y1 50 12.5 rozwijajacy-sie", "Y2 25 -12.5 podstawowy");
        // Round a's plan (all themes below 40, weakest first: X2, Y2, X1, X3) and whether b's team values reach each target 2.
        previous.GetProperty("actionPlan").EnumerateArray()
            .Select(a => $"{a.GetProperty("questionId")} {a.GetProperty("targetLevel")} {a.GetProperty("reached")}")
            .Should().Equal("X2.1 2 True", "X2.2 2 False", "X2.3 2 True", "Y2.1 2 False", "Y2.2 2 False", "X1.1 2 True", "X3.2 2 True");

        // Round a read explicitly: its own scores, and no earlier closed round of this gmina.
        var a = await Ok(jst.GetAsync(Url(round: "a")));
        (a.GetProperty("round").GetString(), a.GetProperty("scores").GetProperty("overall").GetDouble()).Should().Be(("a", 33.33));
        a.GetProperty("previous").ValueKind.Should().Be(JsonValueKind.Null);

        // A planned round refuses saving too; an unknown round is 404.
        await Ok(PutRound(coordinator, "c", "Runda C", "2025-09-01", "2025-09-30"), HttpStatusCode.Created);
        (await (await jst.PutAsJsonAsync(Url("/responses/me", "c"), new { answers = RoundB })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("detail").GetString().Should().Be("Runda „Runda C” (c) kwestionariusza rundy rozpocznie się 2025-09-01; do tego dnia nie można zapisywać odpowiedzi.");
        await (await jst.GetAsync(Url(round: "nie-ma"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var rounds = await Ok(jst.GetAsync($"/api/questionnaires/{Q}/rounds"));
        rounds.EnumerateArray().Select(r => $"{r.GetProperty("round")} {r.GetProperty("status")} {r.GetProperty("opensOn")} {r.GetProperty("closesOn")}")
            .Should().Equal("1 open  ", "a closed 2025-06-01 2025-06-30", "b open 2025-06-15 2025-07-31", "c planned 2025-09-01 2025-09-30");

        // The cohort dashboard, round by round; the exports name the round.
        await Ok(coordinator.PutAsJsonAsync("/api/cohorts/rundy-kohorta", new { name = "Kohorta rund", members = new[] { Teryt, "0201022" } }), HttpStatusCode.Created);
        var cohort = await Ok(coordinator.GetAsync($"/api/cohorts/rundy-kohorta/assessments/{Q}?round=a"));
        cohort.GetProperty("round").GetString().Should().Be("a");
        cohort.GetProperty("rounds").EnumerateArray()
            .Select(r => $"{r.GetProperty("round")} {r.GetProperty("started")} {r.GetProperty("closed")} {r.GetProperty("overall").GetProperty("n")} {r.GetProperty("overall").GetProperty("median")}")
            .Should().Equal("1 0 0 0 ", "a 1 0 0 ", "b 1 0 0 ", "c 0 0 0 ");
        var export = await jst.GetAsync($"/api/exports/assessments/{Q}/{Teryt}.xlsx?round=b");
        export.StatusCode.Should().Be(HttpStatusCode.OK);
        export.Content.Headers.ContentDisposition!.FileName.Should().Be("samoocena-rundy-0201011-runda-b.xlsx");
        var cohortExport = await coordinator.GetAsync($"/api/exports/cohorts/rundy-kohorta/{Q}.xlsx?round=a");
        cohortExport.Content.Headers.ContentDisposition!.FileName.Should().Be("kohorta-rundy-kohorta-rundy-runda-a.xlsx");
    }

    [Fact]
    public async Task Bad_round_requests_are_422_and_only_coordinators_open_or_close_rounds()
    {
        using var coordinator = await factory.UserAsync("coordinator");
        using var jst = await factory.UserAsync("jst", "0201022");
        var bad = await (await PutRound(coordinator, "Zła_runda", "x", "2025-01-01", "2025-01-02")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        bad.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().Equal("round");
        var backwards = await (await PutRound(coordinator, "wstecz", "Wstecz", "2025-02-01", "2025-01-31")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        backwards.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().Equal("closesOn");
        var untitled = await (await PutRound(coordinator, "bez-tytulu", " ", "2025-02-01", "2025-02-02")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        untitled.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().Equal("title");
        (await PutRound(jst, "jst", "JST", "2025-01-01", "2025-01-02")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await jst.PostAsync($"/api/questionnaires/{Q}/rounds/1/close", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await (await coordinator.PostAsync($"/api/questionnaires/{Q}/rounds/nie-ma/close", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync("/api/questionnaires/nie-ma/rounds")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static IEnumerable<string> Parts(JsonElement parts) =>
        parts.EnumerateArray().Select(p => $"{p.GetProperty("id")} {p.GetProperty("score")} {p.GetProperty("delta")} {p.GetProperty("level")}");
}

public sealed class SqliteRoundsApiTests(SqliteRoundsApi factory) : RoundsApiTests<SqliteRoundsApi>(factory);

public sealed class PostgresRoundsApiTests(PostgresRoundsApi factory) : RoundsApiTests<PostgresRoundsApi>(factory);
