using System.Diagnostics;
using System.Net;

namespace Samoocena.LoadTests.Driver;

/// <summary>
/// Runs a scenario under a <see cref="LoadProfile"/> against a loopback base address, over a fresh
/// <see cref="SocketsHttpHandler"/> limited to the profile's connection count (HTTP/1.1, as browsers and wrk use).
/// </summary>
public sealed class LoadRunner
{
    /// <summary>Open loop: more iterations in flight than this means the driver, not the server, is the limit; they are counted as "dropped".</summary>
    public const int MaxInFlight = 20_000;

    private readonly Uri _baseAddress;

    public LoadRunner(Uri baseAddress) => _baseAddress = LoopbackTarget.Ensure(baseAddress);

    public HttpClient CreateClient(int connections) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
            UseCookies = false,
        })
        {
            BaseAddress = _baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
            DefaultRequestVersion = HttpVersion.Version11,
        };

    /// <summary>Runs the scenario, discarding the first <paramref name="warmUp"/> of closed-loop load; returns one summary per step.</summary>
    public async Task<IReadOnlyList<StepSummary>> RunAsync(Scenario scenario, LoadProfile profile, TimeSpan warmUp = default)
    {
        using var client = CreateClient(profile.Connections);
        if (warmUp > TimeSpan.Zero)
            await MeasureAsync(scenario, LoadProfile.Closed(profile.Connections, warmUp), client);
        return await MeasureAsync(scenario, profile, client);
    }

    private static async Task<IReadOnlyList<StepSummary>> MeasureAsync(Scenario scenario, LoadProfile profile, HttpClient client)
    {
        var recorders = scenario.Steps.ToDictionary(s => s, s => new StepRecorder(s), StringComparer.Ordinal);
        var started = Stopwatch.GetTimestamp();
        var dropped = profile.IsOpenLoop ? await OpenLoopAsync(scenario, profile, client, recorders, started)
            : await ClosedLoopAsync(scenario, profile, client, recorders, started);
        if (dropped > 0) recorders[scenario.Steps[0]].Failed("dropped");
        // Closed loop: iterations stop at the deadline, so the window is the duration plus the last responses' tail;
        // open loop: the schedule's duration (late responses still count, their latency carries the delay).
        var seconds = profile.IsOpenLoop ? profile.Duration.TotalSeconds : Stopwatch.GetElapsedTime(started).TotalSeconds;
        return scenario.Steps.Select(s => recorders[s].Summarise(scenario.Name, profile, seconds)).ToArray();
    }

    private static async Task<long> ClosedLoopAsync(
        Scenario scenario, LoadProfile profile, HttpClient client, Dictionary<string, StepRecorder> recorders, long started)
    {
        var deadline = started + (long)(profile.Duration.TotalSeconds * Stopwatch.Frequency);
        long next = -1;
        var workers = Enumerable.Range(0, profile.Connections).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var context = new ScenarioContext(client, Interlocked.Increment(ref next), Stopwatch.GetTimestamp(), recorders);
                await scenario.Iteration(context);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        return 0;
    }

    private static async Task<long> OpenLoopAsync(
        Scenario scenario, LoadProfile profile, HttpClient client, Dictionary<string, StepRecorder> recorders, long started)
    {
        var total = profile.ScheduledIterations;
        var inFlight = 0L;
        var dropped = 0L;
        var all = new TaskCompletionSource();
        var pending = 1L; // the scheduler itself, so "all done" cannot fire before it has issued everything
        void Done()
        {
            Interlocked.Decrement(ref inFlight);
            if (Interlocked.Decrement(ref pending) == 0) all.TrySetResult();
        }

        async Task RunOne(long i, long intended)
        {
            try { await scenario.Iteration(new ScenarioContext(client, i, intended, recorders)); }
            finally { Done(); }
        }

        // A dedicated thread keeps the schedule even when the thread pool is busy with responses.
        var scheduler = new Thread(() =>
        {
            for (long i = 0; i < total; i++)
            {
                var intended = started + (long)(profile.IntendedStart(i) * Stopwatch.Frequency);
                // Sleeping (≈1 ms on Linux) instead of spinning leaves both cores to the server; the oversleep is
                // counted in the latency (it runs from the intended start), so it can only make figures worse.
                while (Stopwatch.GetTimestamp() < intended) Thread.Sleep(1);
                if (Interlocked.Read(ref inFlight) >= MaxInFlight)
                {
                    dropped++;
                    continue;
                }
                Interlocked.Increment(ref inFlight);
                Interlocked.Increment(ref pending);
                _ = RunOne(i, intended);
            }
            if (Interlocked.Decrement(ref pending) == 0) all.TrySetResult();
        }) { IsBackground = true, Name = "open-loop scheduler", Priority = ThreadPriority.AboveNormal };
        scheduler.Start();
        await all.Task;
        return dropped;
    }
}
