using System.Net;
using System.Net.Http.Json;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Reliability;

/// <summary>
/// A process killed with SIGKILL in the middle of a burst of writes loses no write it acknowledged,
/// and starts again with no manual step.
/// </summary>
public sealed class CrashSafetyTests
{
    private const string AdminPassword = "Crash-Admin-Pass-1";

    [Theory]
    [MemberData(nameof(TestDatabases.Both), MemberType = typeof(TestDatabases))]
    public async Task Acknowledged_user_accounts_survive_a_kill_during_a_burst(StorageKind kind)
    {
        var env = ApiProcess.Settings(kind, TestDatabases.NewServiceId(), AdminPassword);
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
        await using (var node = await ApiProcess.StartAsync(env))
        {
            using var admin = node.Client(await node.TokenAsync("admin", AdminPassword));
            var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            const int killAfter = 20;
            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; ; i++)
                {
                    var login = $"burst-{w}-{i}";
                    try
                    {
                        var response = await admin.PostAsJsonAsync("/api/users", new { login, password = "Burst-Pass-123", role = "coordinator" });
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            acknowledged.Add(login);
                            if (acknowledged.Count >= killAfter) enough.TrySetResult();
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the process is gone
                    }
                    catch (TaskCanceledException)
                    {
                        return;
                    }
                }
            })).ToArray();
            await enough.Task.WaitAsync(TimeSpan.FromSeconds(120));
            await node.KillAsync(); // SIGKILL while the other writers still have requests in flight
            await Task.WhenAll(writers);
        }

        acknowledged.Count.Should().BeGreaterThanOrEqualTo(20);
        await using var restarted = await ApiProcess.StartAsync(env);
        foreach (var login in acknowledged)
            (await restarted.TokenAsync(login, "Burst-Pass-123")).Should().NotBeNullOrEmpty();
    }
}
