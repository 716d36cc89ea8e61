using System.Net;
using System.Net.Http.Json;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Reliability;

/// <summary>Two API processes on one PostgreSQL database serve the same data.</summary>
public sealed class TwoNodeTests
{
    private const string AdminPassword = "Two-Node-Admin-1";

    private static Dictionary<string, string> Environment(string serviceId) => new()
    {
        ["SAMOOCENA_POSTGRES"] = TestDatabases.PostgresConnectionString,
        ["SAMOOCENA_SERVICE_ID"] = serviceId,
        ["SAMOOCENA_ADMIN_PASSWORD"] = AdminPassword,
    };

    [Fact]
    public async Task A_user_created_through_one_node_signs_in_through_the_other()
    {
        var serviceId = TestDatabases.NewServiceId();
        await using var nodeA = await ApiProcess.StartAsync(Environment(serviceId));
        await using var nodeB = await ApiProcess.StartAsync(Environment(serviceId));
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
