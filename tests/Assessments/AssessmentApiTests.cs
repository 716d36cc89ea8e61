using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Assessments;

/// <summary>The self-assessment over HTTP as its users meet it. Each test works on its own gminas (the fixture is shared).</summary>
public abstract class AssessmentApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : AssessmentApiFactory
{
    // The members of tests/Questionnaires/AssessmentScoringTests, as the API carries them. Hand computation there:
    // themes X1 62.5, X2 null (40 % coverage < 60 %), X3 81.25, Y1 0, Y2 31.25; areas X 68.75, Y 15.625;
    // overall 153.125/3 = 51.041666… (rozwijający się); disagreements X1.1, X1.3; consensus X1.1 = 3, Y2.2 = 1.
    private static readonly object[] Members =
    [
        new Dictionary<string, object> { ["X1.1"] = 1, ["X1.2"] = "nd", ["X1.3"] = true, ["X2.1"] = 0, ["X2.2"] = 1, ["X3.1"] = 4, ["X3.2"] = 3, ["Y1.1"] = 0, ["Y1.2"] = "nd", ["Y1.3"] = "Brak uwag", ["Y2.1"] = 1, ["Y2.2"] = 2 },
        new Dictionary<string, object> { ["X1.1"] = 2, ["X1.2"] = 1, ["X1.3"] = true, ["X2.1"] = 1, ["X2.2"] = 1, ["X3.1"] = 4, ["X3.2"] = 2, ["Y1.1"] = 0, ["Y1.2"] = "nd", ["Y2.1"] = 2, ["Y2.2"] = 1 },
        new Dictionary<string, object> { ["X1.1"] = 3, ["X1.2"] = 2, ["X1.3"] = false, ["X2.1"] = 0, ["X2.2"] = 1, ["X3.1"] = 3, ["X3.2"] = 2, ["Y1.1"] = 1, ["Y1.2"] = "nd", ["Y2.2"] = 1 },
        new Dictionary<string, object> { ["X1.1"] = 2, ["X1.2"] = "nd", ["X1.3"] = true, ["X2.1"] = 1, ["X3.1"] = 4, ["X3.2"] = 3, ["Y1.1"] = 0, ["Y1.2"] = "nd", ["Y2.2"] = 2 },
    ];

    private static string Url(string questionnaire, string teryt, string rest = "") => $"/api/assessments/{questionnaire}/{teryt}{rest}";

    private static Task<HttpResponseMessage> Save(HttpClient client, string questionnaire, string teryt, object answers) =>
        client.PutAsJsonAsync(Url(questionnaire, teryt, "/responses/me"), new { answers });

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> request)
    {
        var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Hand_computed_team_gives_exact_scores_levels_disagreements_and_action_plan()
    {
        const string teryt = "0201011";
        var members = await Task.WhenAll(Members.Select(_ => factory.UserAsync("jst", teryt)));
        // All four fill their answers at the same time.
        await Task.WhenAll(members.Select((client, i) => Ok(Save(client, "reczny", teryt, Members[i]))));
        foreach (var client in members)
            (await Ok(client.PostAsync(Url("reczny", teryt, "/responses/me/submit"), null))).GetProperty("status").GetString().Should().Be("submitted");
        await Ok(members[0].PutAsJsonAsync(Url("reczny", teryt, "/consensus"),
            new { answers = new Dictionary<string, object> { ["X1.1"] = 3, ["Y2.2"] = 1 } }));
        (await Ok(members[1].PostAsync(Url("reczny", teryt, "/close"), null))).GetProperty("status").GetString().Should().Be("closed");

        var result = await Ok(members[2].GetAsync(Url("reczny", teryt, "?peers=default")));

        result.GetProperty("status").GetString().Should().Be("closed");
        result.GetProperty("respondents").GetInt32().Should().Be(4);
        result.GetProperty("submitted").GetInt32().Should().Be(4);
        result.GetProperty("disagreements").EnumerateArray().Select(e => e.GetString()).Should().Equal("X1.1", "X1.3");
        var answers = result.GetProperty("answers");
        answers.GetProperty("X1.1").GetDouble().Should().Be(3);   // consensus over the median 2
        answers.GetProperty("X1.2").GetDouble().Should().Be(1.5); // median of 1 and 2, nd left out
        answers.GetProperty("X2.1").GetDouble().Should().Be(0.5);
        answers.GetProperty("Y1.2").GetString().Should().Be("nd");
        answers.TryGetProperty("X2.3", out _).Should().BeFalse();
        var scores = result.GetProperty("scores");
        scores.GetProperty("overall").GetDouble().Should().Be(51.04);
        scores.GetProperty("level").GetString().Should().Be("rozwijajacy-sie");
        scores.GetProperty("areas").EnumerateArray().Select(a => (a.GetProperty("id").GetString(), a.GetProperty("score").GetDouble(), a.GetProperty("level").GetString()))
            .Should().Equal(("X", 68.75, "dojrzaly"), ("Y", 15.63, "poczatkowy"));
        scores.GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("score").ValueKind == JsonValueKind.Null ? (double?)null : t.GetProperty("score").GetDouble())
            .Should().Equal(62.5, null, 81.25, 0.0, 31.25);
        result.GetProperty("actionPlan").EnumerateArray()
            .Select(a => (a.GetProperty("questionId").GetString(), a.GetProperty("currentLevel").GetDouble(), a.GetProperty("targetLevel").GetInt32(), a.GetProperty("statement").GetString()))
            .Should().Equal(("Y1.1", 0.0, 1, "Y1.1 poziom 1"), ("Y2.2", 1.0, 2, "Y2.2 poziom 2"), ("X1.2", 1.5, 2, "X1.2 poziom 2"));
        // Alone among closed assessments of this questionnaire: n = 1, rank 1, no percentile.
        var peers = result.GetProperty("peers").GetProperty("overall");
        (peers.GetProperty("n").GetInt32(), peers.GetProperty("rank").GetInt32(), peers.GetProperty("value").GetDouble())
            .Should().Be((1, 1, 51.04));
        peers.GetProperty("percentile").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_read_again_is_the_same_body_until_what_it_shows_changes()
    {
        const string teryt = "0203022";
        var member = await factory.UserAsync("jst", teryt);
        await Ok(Save(member, "reczny", teryt, Members[0]));
        var first = await (await member.GetAsync(Url("reczny", teryt))).Content.ReadAsStringAsync();

        // A draft change shows nothing new (drafts do not enter the scores): the very same bytes.
        await Ok(Save(member, "reczny", teryt, new Dictionary<string, object> { ["X1.1"] = 2 }));
        var response = await member.GetAsync(Url("reczny", teryt));
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        (await response.Content.ReadAsStringAsync()).Should().Be(first);

        // Submitting does: the next read is built again, with the member's answers in the scores.
        await Ok(member.PostAsync(Url("reczny", teryt, "/responses/me/submit"), null));
        var submitted = await Ok(member.GetAsync(Url("reczny", teryt)));
        (submitted.GetProperty("status").GetString(), submitted.GetProperty("submitted").GetInt32()).Should().Be(("in-progress", 1));
        submitted.GetProperty("answers").GetProperty("X1.1").GetDouble().Should().Be(2);
        JsonDocument.Parse(first).RootElement.GetProperty("submitted").GetInt32().Should().Be(0);

        // An agreed value changes the view alone (the round's index is the same): the read shows it.
        await Ok(member.PutAsJsonAsync(Url("reczny", teryt, "/consensus"), new { answers = new Dictionary<string, object> { ["X1.1"] = 3 } }));
        var agreed = await Ok(member.GetAsync(Url("reczny", teryt)));
        (agreed.GetProperty("consensus").GetProperty("X1.1").GetInt32(), agreed.GetProperty("answers").GetProperty("X1.1").GetDouble()).Should().Be((3, 3.0));
    }

    [Fact]
    public async Task A_read_is_revalidated_by_its_ETag_until_the_assessment_or_its_peers_change()
    {
        const string teryt = "0204013", peer = "0204022";
        var member = await factory.UserAsync("jst", teryt);
        var url = Url("reczny", teryt, "?peers=all");
        await Ok(Save(member, "reczny", teryt, Members[0]));
        var first = await member.GetAsync(url);
        var etag = first.Headers.ETag!;
        var firstBody = await first.Content.ReadAsByteArrayAsync();
        first.Content.Headers.ContentLength.Should().Be(firstBody.Length);
        // Other tests of this fixture may have closed assessments of this questionnaire before: n counts them too.
        var peersBefore = JsonDocument.Parse(firstBody).RootElement.GetProperty("peers").GetProperty("overall").GetProperty("n").GetInt32();

        async Task<HttpResponseMessage> Revalidate(System.Net.Http.Headers.EntityTagHeaderValue tag)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(tag);
            return await member.SendAsync(request);
        }

        // A draft change shows nothing new: still not modified.
        await Ok(Save(member, "reczny", teryt, new Dictionary<string, object> { ["X1.1"] = 3 }));
        (await Revalidate(etag)).StatusCode.Should().Be(HttpStatusCode.NotModified);

        // Another gmina closing its assessment changes the peers (one more) though this assessment is the same.
        var other = await factory.UserAsync("jst", peer);
        await Ok(Save(other, "reczny", peer, Members[1]));
        await Ok(other.PostAsync(Url("reczny", peer, "/responses/me/submit"), null));
        await Ok(other.PostAsync(Url("reczny", peer, "/close"), null));
        var changed = await Revalidate(etag);
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        changed.Headers.ETag.Should().NotBe(etag);
        var body = JsonDocument.Parse(await changed.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("peers").GetProperty("overall").GetProperty("n").GetInt32().Should().Be(peersBefore + 1);
        (await Revalidate(changed.Headers.ETag!)).StatusCode.Should().Be(HttpStatusCode.NotModified);

        // The same view asked with other peers is its own body.
        var own = await Ok(member.GetAsync(Url("reczny", teryt, "?peers=default")));
        own.GetProperty("peers").GetProperty("peers").GetString().Should().Be("default");
        (await Ok(member.GetAsync(url))).GetProperty("peers").GetProperty("peers").GetString().Should().Be("all");
    }

    [Fact]
    public async Task A_save_is_answered_in_one_piece_with_its_length_and_the_members_progress()
    {
        const string teryt = "0205011";
        var member = await factory.UserAsync("jst", teryt);
        var response = await Save(member, "test", teryt, new Dictionary<string, object> { ["X1.1"] = 2 });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        response.Content.Headers.ContentLength.Should().Be(System.Text.Encoding.UTF8.GetByteCount(body));
        response.Headers.TransferEncodingChunked.Should().NotBe(true);
        // 13 questions, every one but the text Y1.3 required; the fields in the order TypedResults.Ok wrote them.
        body.Should().Be("""
            {"questionnaireId":"test","teryt":"0205011","version":1,"answered":1,"total":13,"status":"draft","assessmentStatus":"draft","missingRequired":["X1.2","X1.3","X2.1","X2.2","X2.3","X3.1","X3.2","Y1.1","Y1.2","Y2.1","Y2.2"],"answers":{"X1.1":2},"submittedAt":null,"notes":{}}
            """);
    }

    [Fact]
    public async Task Two_members_saving_at_once_both_keep_their_answers_and_can_resume()
    {
        const string teryt = "0201022";
        var first = await factory.UserAsync("jst", teryt);
        var second = await factory.UserAsync("jst", teryt);

        await Task.WhenAll(
            Ok(Save(first, "test", teryt, new Dictionary<string, object> { ["X1.1"] = 1, ["X2.1"] = 2 })),
            Ok(Save(second, "test", teryt, new Dictionary<string, object> { ["X1.1"] = 4, ["Y1.2"] = "nd" })));

        var mine = await Ok(first.GetAsync(Url("test", teryt, "/responses/me")));
        mine.GetProperty("answers").GetProperty("X1.1").GetDouble().Should().Be(1);
        mine.GetProperty("answers").GetProperty("X2.1").GetDouble().Should().Be(2);
        (mine.GetProperty("answered").GetInt32(), mine.GetProperty("total").GetInt32(), mine.GetProperty("status").GetString()).Should().Be((2, 13, "draft"));
        // 12 required questions (Y1.3 is optional) less the 2 answered.
        mine.GetProperty("missingRequired").GetArrayLength().Should().Be(10);
        var theirs = await Ok(second.GetAsync(Url("test", teryt, "/responses/me")));
        theirs.GetProperty("answers").GetProperty("X1.1").GetDouble().Should().Be(4);
        theirs.GetProperty("answers").GetProperty("Y1.2").GetString().Should().Be("nd");

        // null clears an answer; the save answers {answered, total, status}.
        var cleared = await Ok(Save(first, "test", teryt, new Dictionary<string, object?> { ["X2.1"] = null }));
        (cleared.GetProperty("answered").GetInt32(), cleared.GetProperty("total").GetInt32(), cleared.GetProperty("status").GetString()).Should().Be((1, 13, "draft"));
    }

    [Fact]
    public async Task Submit_with_missing_required_answers_is_422_listing_each()
    {
        const string teryt = "0201032";
        var member = await factory.UserAsync("jst", teryt);
        await Ok(Save(member, "test", teryt, new Dictionary<string, object>
        {
            ["X1.1"] = 1, ["X1.2"] = "nd", ["X1.3"] = true, ["X2.1"] = 0, ["X2.2"] = 1, ["X3.1"] = 4, ["X3.2"] = 3, ["Y1.1"] = 0, ["Y2.1"] = 2,
        }));

        var problem = await (await member.PostAsync(Url("test", teryt, "/responses/me/submit"), null)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("answers.X2.3", "answers.Y1.2", "answers.Y2.2");
        var close = await member.PostAsync(Url("test", teryt, "/close"), null);
        await close.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Unknown_question_and_out_of_range_value_are_422_naming_the_field_and_nothing_is_saved()
    {
        const string teryt = "0201043";
        var member = await factory.UserAsync("jst", teryt);

        var unknown = await (await Save(member, "test", teryt, new Dictionary<string, object> { ["X1.1"] = 2, ["Q99"] = 1 })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        unknown.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("answers.Q99");
        var seven = await (await Save(member, "test", teryt, new Dictionary<string, object> { ["X1.1"] = 7 })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        seven.GetProperty("errors").GetProperty("answers.X1.1")[0].GetString().Should().Contain("7");
        var notAnObject = await member.PutAsJsonAsync(Url("test", teryt, "/responses/me"), new { answers = 5 });
        (await notAnObject.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("answers", out _).Should().BeTrue();

        (await Ok(member.GetAsync(Url("test", teryt, "/responses/me")))).GetProperty("answered").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Other_gminas_staff_and_jury_get_403_unknown_questionnaire_and_teryt_404()
    {
        const string teryt = "0201052";
        var stranger = await factory.UserAsync("jst", "0201062");
        var jury = await factory.UserAsync("jury", login: $"jury-{Guid.NewGuid():N}");
        var coordinator = await factory.UserAsync("coordinator", login: $"koord-{Guid.NewGuid():N}");

        await (await stranger.GetAsync(Url("test", teryt))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await Save(stranger, "test", teryt, new Dictionary<string, object> { ["X1.1"] = 1 })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await stranger.GetAsync(Url("test", teryt, "/audit"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await jury.GetAsync(Url("test", teryt))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        // Answering is for the gmina's own staff; a coordinator reads but does not fill in.
        await (await Save(coordinator, "test", teryt, new Dictionary<string, object> { ["X1.1"] = 1 })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await Ok(coordinator.GetAsync(Url("test", teryt)))).GetProperty("status").GetString().Should().Be("draft");
        await (await coordinator.GetAsync(Url("nieznany", teryt))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync(Url("test", "9999999"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync(Url("test", "abc"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync(Url("test", teryt, "?peers=sasiedzi"))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await coordinator.GetAsync("/api/questionnaires/nieznany")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Closed_assessment_refuses_changes_with_409_until_a_coordinator_reopens_it()
    {
        const string teryt = "0202011";
        var member = await factory.UserAsync("jst", teryt);
        var coordinator = await factory.UserAsync("coordinator", login: $"koord-{Guid.NewGuid():N}");
        await Ok(Save(member, "reczny", teryt, new Dictionary<string, object> { ["X1.1"] = 2 }));
        await Ok(member.PostAsync(Url("reczny", teryt, "/responses/me/submit"), null));
        await Ok(coordinator.PostAsync(Url("reczny", teryt, "/close"), null));

        await (await Save(member, "reczny", teryt, new Dictionary<string, object> { ["X1.1"] = 3 })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await member.PutAsJsonAsync(Url("reczny", teryt, "/consensus"), new Dictionary<string, object> { ["answers"] = new Dictionary<string, object> { ["X1.1"] = 3 } }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await member.PostAsync(Url("reczny", teryt, "/responses/me/submit"), null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await member.PostAsync(Url("reczny", teryt, "/close"), null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await member.PostAsync(Url("reczny", teryt, "/reopen"), null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await Ok(coordinator.PostAsync(Url("reczny", teryt, "/reopen"), null))).GetProperty("status").GetString().Should().Be("in-progress");
        // Changing a submitted response sends it back to draft: it no longer counts until submitted again.
        var saved = await Ok(Save(member, "reczny", teryt, new Dictionary<string, object> { ["X1.1"] = 3 }));
        (saved.GetProperty("status").GetString(), saved.GetProperty("assessmentStatus").GetString()).Should().Be(("draft", "draft"));
        await (await coordinator.PostAsync(Url("reczny", teryt, "/reopen"), null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var audit = (await Ok(coordinator.GetAsync(Url("reczny", teryt, "/audit")))).EnumerateArray()
            .Select(e => (e.GetProperty("action").GetString(), e.GetProperty("target").GetString(), e.GetProperty("oldValue").GetString(), e.GetProperty("newValue").GetString()))
            .Where(e => e.Item1 != "version.pin").ToArray();
        audit.Should().Equal(
            ("answer.set", "X1.1", null, "2"),
            ("response.submit", audit[1].Item2, "draft", "submitted"),
            ("close", $"reczny/{teryt}", "in-progress", "closed"),
            ("reopen", $"reczny/{teryt}", "closed", "in-progress"),
            ("answer.set", "X1.1", "2", "3"),
            ("response.draft", audit[1].Item2, "submitted", "draft"));
        (await Ok(member.GetAsync(Url("reczny", teryt, "/audit")))).GetArrayLength().Should().Be(audit.Length + 1);
    }

    [Fact]
    public async Task Reopening_and_closing_again_updates_other_gminas_peer_statistics()
    {
        // Three gminas, one member each, every scale answer the same level (4, 2, 0; yes only for 4): a 100 > b > c 0.
        string a = "0202021", b = "0202033", c = "0202041";
        var coordinator = await factory.UserAsync("coordinator", login: $"koord-{Guid.NewGuid():N}");
        foreach (var (teryt, level) in new[] { (a, 4), (b, 2), (c, 0) })
        {
            var member = await factory.UserAsync("jst", teryt);
            var answers = new Dictionary<string, object>();
            foreach (var id in new[] { "X1.1", "X1.2", "X2.1", "X2.2", "X2.3", "X3.1", "X3.2", "Y1.1", "Y1.2", "Y2.1", "Y2.2" }) answers[id] = level;
            answers["X1.3"] = level == 4;
            await Ok(Save(member, "rowiesnicy", teryt, answers));
            await Ok(member.PostAsync(Url("rowiesnicy", teryt, "/responses/me/submit"), null));
            await Ok(member.PostAsync(Url("rowiesnicy", teryt, "/close"), null));
        }

        async Task<(int N, int Rank, double? Percentile, string Band)> PeersOfB()
        {
            var overall = (await Ok(coordinator.GetAsync(Url("rowiesnicy", b, "?peers=all")))).GetProperty("peers").GetProperty("overall");
            var percentile = overall.GetProperty("percentile");
            return (overall.GetProperty("n").GetInt32(), overall.GetProperty("rank").GetInt32(),
                percentile.ValueKind == JsonValueKind.Null ? null : percentile.GetDouble(), overall.GetProperty("band").GetString()!);
        }

        // {100, 50, 0}: one better → rank 2; percentile 100·1/(3−1) = 50 → middle.
        (await PeersOfB()).Should().Be((3, 2, 50.0, "middle"));
        await Ok(coordinator.PostAsync(Url("rowiesnicy", a, "/reopen"), null));
        // a is no longer closed: {50, 0} → rank 1, percentile 100·1/1 = 100 → top.
        (await PeersOfB()).Should().Be((2, 1, 100.0, "top"));
        await Ok(coordinator.PostAsync(Url("rowiesnicy", a, "/close"), null));
        (await PeersOfB()).Should().Be((3, 2, 50.0, "middle"));
        var areaX = (await Ok(coordinator.GetAsync(Url("rowiesnicy", b, "?peers=all")))).GetProperty("peers").GetProperty("areas").GetProperty("X");
        // b's X1.3 is "no" (0): X1 = 100·(2/4 + 2·2/4 + 0)/4 = 37.5, X = (2·37.5 + 50 + 50)/4 = 43.75;
        // area X over {100, 43.75, 0}: median 43.75, mean 143.75/3 = 47.9166… → 47.92.
        (areaX.GetProperty("n").GetInt32(), areaX.GetProperty("value").GetDouble(), areaX.GetProperty("median").GetDouble(), areaX.GetProperty("mean").GetDouble())
            .Should().Be((3, 43.75, 43.75, 47.92));
    }

    [Fact]
    public async Task Questionnaires_are_listed_and_served_by_version()
    {
        using var client = await factory.UserAsync("jury", login: $"jury-{Guid.NewGuid():N}");
        var list = await Ok(client.GetAsync("/api/questionnaires"));
        list.EnumerateArray().Select(q => q.GetProperty("id").GetString()).Should().Contain("samoocena");
        var definition = await Ok(client.GetAsync("/api/questionnaires/samoocena?version=1"));
        (definition.GetProperty("id").GetString(), definition.GetProperty("version").GetInt32()).Should().Be(("samoocena", 1));
        definition.GetProperty("areas").GetArrayLength().Should().Be(3);
        definition.GetProperty("areas")[0].GetProperty("themes")[0].GetProperty("questions")[0].GetProperty("kind").GetString().Should().Be("scale");
        await (await client.GetAsync("/api/questionnaires/samoocena?version=9")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/questionnaires/samoocena?version=x")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }
}

public sealed class SqliteAssessmentApiTests(SqliteAssessmentApi factory) : AssessmentApiTests<SqliteAssessmentApi>(factory);

public sealed class PostgresAssessmentApiTests(PostgresAssessmentApi factory) : AssessmentApiTests<PostgresAssessmentApi>(factory);
