using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Samoocena.Silo.Grains.Cohorts;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Reliability;

/// <summary>Two silos on one PostgreSQL database form one Orleans cluster: one activation per grain, reachable from both.</summary>
public sealed class ClusterTests
{
    [Fact]
    public async Task A_grain_activated_on_one_silo_answers_through_the_other_and_is_active_once_in_the_cluster()
    {
        var serviceId = TestDatabases.NewServiceId();
        await using var a = await SiloHarness.StartAsync(StorageKind.Postgres, serviceId, "");
        await using var b = await SiloHarness.StartAsync(StorageKind.Postgres, serviceId, "");
        var management = a.Grains.GetGrain<IManagementGrain>(0);
        (await management.GetHosts(onlyActive: true)).Should().HaveCount(2, "both silos joined one cluster");

        var saved = await a.Grains.GetGrain<ICohortGrain>("cluster-cohort").PutAsync("Przez węzeł A", ["0201011", "0202011"], "koordynator");
        var throughB = await b.Grains.GetGrain<ICohortGrain>("cluster-cohort").GetAsync();
        throughB!.Name.Should().Be("Przez węzeł A");
        throughB.Members.Should().Equal("0201011", "0202011");
        saved.Should().NotBeNull();

        var grainId = b.Grains.GetGrain<ICohortGrain>("cluster-cohort").GetGrainId();
        var activations = (await management.GetDetailedGrainStatistics())
            .Where(s => s.GrainId == grainId).Select(s => s.SiloAddress).ToArray();
        activations.Should().HaveCount(1, "a grain is active on one node of the cluster at a time");
    }
}

/// <summary>
/// Failover and restart of a node of a two-node cluster (separate processes, SIGKILL): no acknowledged write is
/// lost, the survivor serves every grain within 5 s, a node restarted on its ports serves within 30 s.
/// </summary>
public sealed class ClusterFailoverTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string AdminPassword = "Cluster-Admin-1";
    private static readonly string[] Gminas = ["0201011", "0202011", "0203011", "0205011", "0206011", "0207011", "0208011", "0209011"];

    [Fact]
    public async Task Killing_a_node_during_writes_loses_no_acknowledged_write_and_the_survivor_serves_within_5_s()
    {
        var env = ApiProcess.Settings(StorageKind.Postgres, TestDatabases.NewServiceId(), AdminPassword);
        await using var nodeA = await ApiProcess.StartAsync(env);
        await using var nodeB = await ApiProcess.StartAsync(env);
        using var admin = nodeB.Client(await nodeB.TokenAsync("admin", AdminPassword));
        var question = "T1.1";
        var tokens = new Dictionary<string, string>();
        foreach (var teryt in Gminas)
        {
            (await admin.PostAsJsonAsync("/api/users", new { login = "jst." + teryt, password = "Cluster-Pass-1", role = "jst", teryt }))
                .StatusCode.Should().Be(HttpStatusCode.Created);
            tokens[teryt] = await nodeB.TokenAsync("jst." + teryt, "Cluster-Pass-1");
        }
        // Every assessment grain is activated through node A first, so placement spreads them over both nodes.
        foreach (var teryt in Gminas)
        {
            using var client = nodeA.Client(tokens[teryt]);
            (await Save(client, teryt, question, 0)).Should().Be(HttpStatusCode.OK);
        }

        var acknowledged = new Dictionary<string, int>();
        var recovered = new Dictionary<string, TimeSpan>();
        var clock = new Stopwatch();
        var failedAfterKill = 0;
        var writer = Task.Run(async () =>
        {
            for (var round = 1; round <= 400; round++)
            foreach (var teryt in Gminas)
            {
                var node = round % 2 == 0 && !clock.IsRunning ? nodeA : nodeB;
                using var client = node.Client(tokens[teryt]);
                client.Timeout = TimeSpan.FromSeconds(20);
                var value = round % 5;
                HttpStatusCode? status;
                try { status = await Save(client, teryt, question, value); }
                catch (Exception) { status = null; }
                if (status == HttpStatusCode.OK)
                {
                    lock (acknowledged) acknowledged[teryt] = value;
                    if (clock.IsRunning) lock (recovered) recovered.TryAdd(teryt, clock.Elapsed);
                }
                else if (clock.IsRunning) Interlocked.Increment(ref failedAfterKill);
                if (clock.IsRunning && recovered.Count == Gminas.Length && round > 50) return;
            }
        });
        await Task.Delay(0);
        while (acknowledged.Count < Gminas.Length) await Task.Yield();
        // Writes are in flight on both nodes: kill A without warning.
        await nodeA.KillAsync();
        clock.Start();
        await writer.WaitAsync(TimeSpan.FromSeconds(120));

        recovered.Should().HaveCount(Gminas.Length, "every assessment serves again through the survivor");
        var worst = recovered.Values.Max();
        output.WriteLine($"after SIGKILL: {failedAfterKill} writes failed; every grain served again through the survivor within {worst.TotalSeconds:F2} s");
        worst.Should().BeLessThan(TimeSpan.FromSeconds(5));

        foreach (var (teryt, value) in acknowledged)
        {
            using var client = nodeB.Client(tokens[teryt]);
            var mine = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/assessments/samoocena/{teryt}/responses/me");
            mine.GetProperty("answers").GetProperty(question).GetInt32().Should().Be(value, $"the last acknowledged answer of {teryt}");
        }
    }

    [Fact]
    public async Task A_killed_node_restarted_on_its_ports_serves_again_within_30_s()
    {
        var env = ApiProcess.Settings(StorageKind.Postgres, TestDatabases.NewServiceId(), AdminPassword);
        env["SAMOOCENA_SILO_PORT"] = TestDatabases.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        env["SAMOOCENA_GATEWAY_PORT"] = TestDatabases.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var envB = new Dictionary<string, string>(env)
        {
            ["SAMOOCENA_SILO_PORT"] = TestDatabases.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SAMOOCENA_GATEWAY_PORT"] = TestDatabases.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        await using var nodeA = await ApiProcess.StartAsync(env);
        await using var nodeB = await ApiProcess.StartAsync(envB);
        using var admin = nodeB.Client(await nodeB.TokenAsync("admin", AdminPassword));
        (await admin.PutAsJsonAsync("/api/cohorts/restart", new { name = "Przed restartem", members = Gminas })).StatusCode.Should().Be(HttpStatusCode.Created);

        await nodeA.KillAsync();
        var clock = Stopwatch.StartNew();
        await using var restarted = await ApiProcess.StartAsync(env, TimeSpan.FromSeconds(30));
        using var client = restarted.Client(await restarted.TokenAsync("admin", AdminPassword));
        while (true)
        {
            var ready = await client.GetAsync("/health/ready");
            var cohort = await client.GetAsync("/api/cohorts/restart");
            if (ready.StatusCode == HttpStatusCode.OK && cohort.StatusCode == HttpStatusCode.OK) break;
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), $"ready {ready.StatusCode}, cohort {cohort.StatusCode}");
            await Task.Delay(100);
        }
        output.WriteLine($"restarted node served again {clock.Elapsed.TotalSeconds:F2} s after the kill");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
        var read = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/cohorts/restart");
        read.GetProperty("name").GetString().Should().Be("Przed restartem");
    }

    private static async Task<HttpStatusCode> Save(HttpClient client, string teryt, string question, int value) =>
        (await client.PutAsJsonAsync($"/api/assessments/samoocena/{teryt}/responses/me",
            new { answers = new Dictionary<string, int> { [question] = value } })).StatusCode;
}
