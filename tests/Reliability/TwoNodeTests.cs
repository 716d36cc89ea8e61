using System.Net;
using System.Net.Http.Json;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Reliability;

/// <summary>Two API processes on one PostgreSQL database serve the same data.</summary>
public sealed class TwoNodeTests
{
    private const string AdminPassword = "Two-Node-Admin-1";

    [Fact]
    public async Task A_user_created_through_one_node_signs_in_through_the_other()
    {
        var serviceId = TestDatabases.NewServiceId();
        await using var nodeA = await ApiProcess.StartAsync(ApiProcess.Settings(StorageKind.Postgres, serviceId, AdminPassword));
        await using var nodeB = await ApiProcess.StartAsync(ApiProcess.Settings(StorageKind.Postgres, serviceId, AdminPassword));
        nodeA.Address.Port.Should().NotBe(nodeB.Address.Port);

        using var adminA = nodeA.Client(await nodeA.TokenAsync("admin", AdminPassword));
        var created = await adminA.PostAsJsonAsync("/api/users", new { login = "both.nodes", password = "Both-Nodes-1", role = "coordinator" });
        created.StatusCode.Should().Be(HttpStatusCode.Created);

        // A token from node A is accepted by node B: the signing key is shared through the database.
        using var adminOnB = nodeB.Client(await nodeA.TokenAsync("admin", AdminPassword));
        (await adminOnB.GetAsync("/api/municipalities/1465011")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await nodeB.TokenAsync("both.nodes", "Both-Nodes-1")).Should().NotBeNullOrEmpty();

        // The login taken on A is refused on B.
        var again = await adminOnB.PostAsJsonAsync("/api/users", new { login = "both.nodes", password = "Both-Nodes-1", role = "coordinator" });
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }
}

/// <summary>Concurrent saves to one assessment through two nodes: each is stored or refused with 409, none is lost.</summary>
public sealed class TwoNodeAssessmentTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string AdminPassword = "Two-Node-Admin-2";
    private const string Teryt = "0206031";

    [Fact]
    public async Task Concurrent_saves_through_both_nodes_lose_no_acknowledged_answer()
    {
        var env = ApiProcess.Settings(StorageKind.Postgres, TestDatabases.NewServiceId(), AdminPassword);
        await using var nodeA = await ApiProcess.StartAsync(env);
        await using var nodeB = await ApiProcess.StartAsync(env);
        using var admin = nodeA.Client(await nodeA.TokenAsync("admin", AdminPassword));
        foreach (var login in new[] { "team.one", "team.two" })
            (await admin.PostAsJsonAsync("/api/users", new { login, password = "Team-Pass-123", role = "jst", teryt = Teryt }))
                .StatusCode.Should().Be(HttpStatusCode.Created);
        var questions = (await SamoocenaQuestions.ReadAsync(admin)).Where(q => q.Kind == "scale").Select(q => q.Id).ToArray();

        // Each member writes every scale question once, alternating nodes; both members at the same time.
        var members = new[] { "team.one", "team.two" };
        var conflicts = 0;
        var acknowledged = await Task.WhenAll(members.Select(async (login, m) =>
        {
            using var onA = nodeA.Client(await nodeA.TokenAsync(login, "Team-Pass-123"));
            using var onB = nodeB.Client(await nodeB.TokenAsync(login, "Team-Pass-123"));
            var stored = new Dictionary<string, int>();
            for (var i = 0; i < questions.Length; i++)
            {
                var value = (i + m) % 5;
                for (var attempt = 0; ; attempt++)
                {
                    var client = (i + attempt) % 2 == 0 ? onA : onB;
                    var response = await client.PutAsJsonAsync($"/api/assessments/samoocena/{Teryt}/responses/me",
                        new { answers = new Dictionary<string, int> { [questions[i]] = value } });
                    if (response.StatusCode == HttpStatusCode.Conflict && attempt < 20)
                    {
                        Interlocked.Increment(ref conflicts);
                        continue; // the documented answer to a 409: try again
                    }
                    response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
                    stored[questions[i]] = value;
                    break;
                }
            }
            return (login, stored);
        }));

        foreach (var (login, stored) in acknowledged)
        foreach (var node in new[] { nodeA, nodeB })
        {
            using var reader = node.Client(await node.TokenAsync(login, "Team-Pass-123"));
            var mine = await reader.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/assessments/samoocena/{Teryt}/responses/me");
            var answers = mine.GetProperty("answers");
            foreach (var (question, value) in stored)
                answers.GetProperty(question).GetInt32().Should().Be(value, $"{login}'s acknowledged answer to {question} read through {node.Address}");
        }
        questions.Length.Should().BeGreaterThan(30);
        output.WriteLine($"{2 * questions.Length} saves acknowledged, {conflicts} refused with 409 and retried");
    }
}

/// <summary>The page session cookie on a two-node cluster: it opens on both nodes and a sign-out on one ends it on the other.</summary>
public sealed class TwoNodeSessionTests
{
    private const string AdminPassword = "Two-Node-Admin-3";

    [Fact]
    public async Task A_cookie_from_one_node_works_on_the_other_until_it_signs_out_there()
    {
        var env = ApiProcess.Settings(StorageKind.Postgres, TestDatabases.NewServiceId(), AdminPassword);
        await using var nodeA = await ApiProcess.StartAsync(env);
        await using var nodeB = await ApiProcess.StartAsync(env);
        using var plain = new HttpClient(new HttpClientHandler { UseCookies = false });

        var signIn = await plain.PostAsJsonAsync(new Uri(nodeA.Address, "/api/auth/session"), new { login = "admin", password = AdminPassword });
        signIn.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        HttpRequestMessage On(ApiProcess node, HttpMethod method, string path, string? csrf = null)
        {
            var request = new HttpRequestMessage(method, new Uri(node.Address, path));
            request.Headers.Add("Cookie", cookie);
            if (csrf is not null) request.Headers.Add("X-CSRF-Token", csrf);
            return request;
        }

        // Node B opens node A's cookie: the Data Protection keys are shared through the database.
        var session = await plain.SendAsync(On(nodeB, HttpMethod.Get, "/api/auth/session"));
        session.StatusCode.Should().Be(HttpStatusCode.OK);
        var csrf = (await session.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("antiforgery").GetString();
        (await plain.SendAsync(On(nodeB, HttpMethod.Get, "/api/users"))).StatusCode.Should().Be(HttpStatusCode.OK);

        (await plain.SendAsync(On(nodeA, HttpMethod.Delete, "/api/auth/session", csrf))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var after = await plain.SendAsync(On(nodeB, HttpMethod.Get, "/api/users"));
        after.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the session ended on every node");
        after.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }
}

/// <summary>
/// Each node caches users' security facts (api/Security/SecurityStampCheck, silo/Caching): a change made through one
/// node is refused by the next request on the other, without waiting for any cache lifetime.
/// </summary>
public sealed class TwoNodeSecurityCacheTests
{
    private const string AdminPassword = "Two-Node-Admin-4";

    [Fact]
    public async Task A_user_locked_or_reset_through_one_node_is_refused_at_once_by_the_other()
    {
        var env = ApiProcess.Settings(StorageKind.Postgres, TestDatabases.NewServiceId(), AdminPassword);
        await using var nodeA = await ApiProcess.StartAsync(env);
        await using var nodeB = await ApiProcess.StartAsync(env);
        using var adminA = nodeA.Client(await nodeA.TokenAsync("admin", AdminPassword));
        foreach (var login in new[] { "cached.locked", "cached.reset" })
            (await adminA.PostAsJsonAsync("/api/users", new { login, password = "Cached-User-1", role = "coordinator" }))
                .StatusCode.Should().Be(HttpStatusCode.Created);

        // Both users' facts are now cached on node B.
        using var lockedOnB = nodeB.Client(await nodeB.TokenAsync("cached.locked", "Cached-User-1"));
        using var resetOnB = nodeB.Client(await nodeB.TokenAsync("cached.reset", "Cached-User-1"));
        (await lockedOnB.GetAsync("/api/municipalities/1465011")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await resetOnB.GetAsync("/api/municipalities/1465011")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await adminA.PutAsJsonAsync("/api/users/cached.locked", new { locked = true })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await lockedOnB.GetAsync("/api/municipalities/1465011")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "locked through node A");

        (await adminA.PostAsync("/api/users/cached.reset/reset-password", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await resetOnB.GetAsync("/api/municipalities/1465011")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "reset through node A");
    }
}

/// <summary>The per-node cache of the results index: an assessment closed through one node counts among the peers read through the other at once.</summary>
public sealed class TwoNodeResultsCacheTests
{
    private const string AdminPassword = "Two-Node-Admin-5";
    private const string Reader = "0201011";
    private const string Closer = "0201022";

    [Fact]
    public async Task An_assessment_closed_through_one_node_is_a_peer_on_the_other_at_once()
    {
        var env = ApiProcess.Settings(StorageKind.Postgres, TestDatabases.NewServiceId(), AdminPassword);
        await using var nodeA = await ApiProcess.StartAsync(env);
        await using var nodeB = await ApiProcess.StartAsync(env);
        using var admin = nodeA.Client(await nodeA.TokenAsync("admin", AdminPassword));
        foreach (var (login, teryt) in new[] { ("peer.reader", Reader), ("peer.closer", Closer) })
            (await admin.PostAsJsonAsync("/api/users", new { login, password = "Peer-Pass-123", role = "jst", teryt }))
                .StatusCode.Should().Be(HttpStatusCode.Created);
        // Every question answered (a response is submitted only when complete): scale 3, yes/no true.
        var answers = (await SamoocenaQuestions.ReadAsync(admin)).ToDictionary(q => q.Id, q => q.Kind == "scale" ? (object)3 : true);
        using var readerOnB = nodeB.Client(await nodeB.TokenAsync("peer.reader", "Peer-Pass-123"));
        using var closerOnA = nodeA.Client(await nodeA.TokenAsync("peer.closer", "Peer-Pass-123"));

        async Task<int> PeersOnB() => (await readerOnB.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/assessments/samoocena/{Reader}?peers=all"))
            .GetProperty("peers").GetProperty("overall").GetProperty("n").GetInt32();

        (await PeersOnB()).Should().Be(0, "nothing is closed yet (node B now holds the index)");
        (await closerOnA.PutAsJsonAsync($"/api/assessments/samoocena/{Closer}/responses/me",
            new { answers })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await closerOnA.PostAsync($"/api/assessments/samoocena/{Closer}/responses/me/submit", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await closerOnA.PostAsync($"/api/assessments/samoocena/{Closer}/close", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await PeersOnB()).Should().Be(1, "closed through node A just now");
    }
}

/// <summary>Every question of the shipped <c>samoocena</c> questionnaire, as the API lists it: id and kind.</summary>
internal static class SamoocenaQuestions
{
    public static async Task<(string Id, string Kind)[]> ReadAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/questionnaires/samoocena"))
            .GetProperty("areas").EnumerateArray().SelectMany(a => a.GetProperty("themes").EnumerateArray())
            .SelectMany(t => t.GetProperty("questions").EnumerateArray())
            .Select(q => (q.GetProperty("id").GetString()!, q.GetProperty("kind").GetString()!)).ToArray();
}
