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
        var questions = (await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/questionnaires/samoocena"))
            .GetProperty("areas").EnumerateArray().SelectMany(a => a.GetProperty("themes").EnumerateArray())
            .SelectMany(t => t.GetProperty("questions").EnumerateArray())
            .Where(q => q.GetProperty("kind").GetString() == "scale").Select(q => q.GetProperty("id").GetString()!).ToArray();

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
