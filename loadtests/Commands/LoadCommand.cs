using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Samoocena.Api.Auth;
using Samoocena.LoadTests.Driver;
using Samoocena.LoadTests.Hosting;
using Samoocena.LoadTests.Reporting;
using Samoocena.LoadTests.Scenarios;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.LoadTests.Commands;

/// <summary>
/// <c>load</c>: starts the API (fresh store, demo data), creates the virtual users, runs the baseline, wrk, the
/// scenarios in closed loop, a ramp-up and the constant-rate step, activates every gmina's assessment to measure
/// the working set, and writes the Markdown and CSV report with the target checks.
/// </summary>
public static class LoadCommand
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        var cli = new CommandLine(args);
        var storage = cli.Text("storage", "sqlite");
        if (storage is not ("sqlite" or "postgres")) throw new ArgumentException($"--storage: sqlite albo postgres, a nie '{storage}'.");
        var postgres = storage == "postgres";
        var duration = TimeSpan.FromSeconds(cli.Int("duration", 60, 1, 3600));
        var closed = TimeSpan.FromSeconds(cli.Int("closed-duration", 15, 1, 600));
        var rate = cli.Int("rate", 1000, 1, 100_000);
        var connections = cli.Int("connections", 64, 1, 4096);
        var userCount = cli.Int("users", 64, 1, 2479);
        var outDir = cli.Text("out", Path.Combine("loadtests", "reports"));
        var warmUp = TimeSpan.FromSeconds(3);
        var clock = Stopwatch.StartNew();
        void Log(string message) => Console.WriteLine($"[{clock.Elapsed.TotalSeconds,6:0.0} s] {message}");

        var registry = MunicipalityRegistry.Load();
        Log($"starting the API on {storage}…");
        await using var api = await ApiUnderTest.StartAsync(postgres);
        Log($"API at {api.BaseAddress} ({api.Storage}), ready in {api.StartupSeconds:0.0} s");
        var runner = new LoadRunner(api.BaseAddress);
        using var setupClient = runner.CreateClient(8);
        var session = new ApiSession(setupClient);
        var users = await VirtualUsers.CreateAsync(session, api.AdminPassword, registry.All.Select(m => m.Teryt).ToArray(), userCount,
            account =>
            {
                // Tokens carry the user's security stamp (checked on every request), read from the user grain.
                var stamp = api.Services.GetRequiredService<Orleans.IGrainFactory>().GetGrain<Samoocena.Silo.Grains.Users.IUserGrain>(account.Login)
                    .GetSecurityAsync().GetAwaiter().GetResult()?.Stamp;
                return api.Services.GetRequiredService<TokenService>().Issue(account, TimeSpan.FromHours(2), stamp).Token;
            });
        Log($"{users.Jst.Count} JST users and a coordinator ready; load average {LoadAverage()}");
        var workingSetAfterStart = WorkingSetMb();

        var notes = new List<string>();
        var steps = new List<StepSummary>();
        async Task Run(Scenario scenario, LoadProfile profile)
        {
            Log($"{scenario.Name}: {profile}");
            var result = await runner.RunAsync(scenario, profile, profile.IsOpenLoop ? TimeSpan.Zero : warmUp);
            foreach (var s in result)
                Log($"  {s.Step}: {s.Throughput:0.0} ok/s, p50 {s.P50:0.00} p99 {s.P99:0.00} max {s.Max:0.00} ms, errors {s.ErrorCount} {s.ErrorsText}");
            steps.AddRange(result);
        }

        // Baseline first, then wrk on the same URL and connection count while nothing else runs.
        await Run(HealthScenario.Create(), LoadProfile.Closed(connections, closed));
        double? wrk = null;
        if (WrkRun.IsInstalled && !cli.Has("skip-wrk"))
        {
            var (rps, output) = await WrkRun.RunAsync(new Uri(api.BaseAddress, "/health"), connections, closed, threads: 2);
            wrk = rps;
            Log($"wrk: {rps:0.0} requests/s");
            notes.Add($"wrk -t 2 -c {connections} -d {closed.TotalSeconds:0}s /health: {rps.ToString("0.0", Inv)} requests/s. Raw: `{output.ReplaceLineEndings(" ⏎ ")}`");
        }
        else notes.Add("wrk not run (not installed: apt-get install -y wrk, or --skip-wrk).");

        var hot = await session.SendAsync(HttpMethod.Put, $"/api/assessments/{HotPathScenario.QuestionnaireId}/{users.Jst[0].Teryt}/responses/me",
            users.Jst[0].Token, new { answers = new Dictionary<string, int> { [HotPathScenario.ScaleQuestions()[0]] = 1 } });
        var hotAvailable = hot != HttpStatusCode.NotFound;
        if (hotAvailable) await Run(HotPathScenario.Create(users), LoadProfile.Closed(connections, closed));
        else notes.Add("Hot path NOT measured: PUT /api/assessments/samoocena/{teryt}/responses/me answers 404 in this build.");

        var cohortAvailable = await PrepareCohortAsync(session, users, notes);
        var rankingAvailable = await PrepareRankingAsync(session, users, notes);
        if (cohortAvailable || rankingAvailable)
            await Run(CoordinatorScenario.Create(users, cohortAvailable, rankingAvailable), LoadProfile.Closed(connections, closed));

        if (hotAvailable)
        {
            // --rate counts HTTP requests, as the issue's "1,000 requests/s" does: each iteration sends two.
            var pairs = rate / 2.0;
            await Run(HotPathScenario.Create(users), LoadProfile.Ramp(0, pairs, closed, connections));
            await Run(HotPathScenario.Create(users), LoadProfile.Constant(pairs, duration, connections));
        }

        var memory = hotAvailable ? await ActivateAllAsync(session, users, registry, Log) : null;
        if (memory is null) notes.Add("Memory step skipped: the assessment endpoint is missing.");

        var environment = Environment(api, storage, workingSetAfterStart, memory);
        var report = new LoadReport($"Load test, {storage}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC", environment, steps, [], notes);
        report = report with { Targets = Targets(report, postgres, wrk, memory, rate, duration) };
        Directory.CreateDirectory(outDir);
        var stem = Path.Combine(outDir, $"load-{storage}-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        await File.WriteAllTextAsync(stem + ".md", report.ToMarkdown());
        await File.WriteAllTextAsync(stem + ".csv", report.ToCsv());
        Log($"report: {stem}.md, {stem}.csv (total {clock.Elapsed.TotalSeconds:0} s)");
        Console.WriteLine(report.ToMarkdown());
        return 0;
    }

    /// <summary>PUT the cohort (the loaded gminas) and probe its overview; false when the endpoint is missing.</summary>
    private static async Task<bool> PrepareCohortAsync(ApiSession session, VirtualUsers users, List<string> notes)
    {
        var put = await session.SendAsync(HttpMethod.Put, $"/api/cohorts/{CoordinatorScenario.CohortId}", users.CoordinatorToken,
            new { name = "Kohorta testu obciążenia", members = users.Jst.Select(u => u.Teryt).ToArray() });
        var get = await session.SendAsync(HttpMethod.Get, CoordinatorScenario.CohortPath, users.CoordinatorToken);
        if (put is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.NoContent && get == HttpStatusCode.OK) return true;
        notes.Add($"Cohort read NOT measured: PUT /api/cohorts/{{id}} → {(int)put}, GET {CoordinatorScenario.CohortPath} → {(int)get}.");
        return false;
    }

    /// <summary>Computes the draft ranking (or finds it published) and probes the read; false when the endpoint is missing.</summary>
    private static async Task<bool> PrepareRankingAsync(ApiSession session, VirtualUsers users, List<string> notes)
    {
        var compute = await session.SendAsync(HttpMethod.Post, CoordinatorScenario.RankingPath + "/compute", users.CoordinatorToken);
        var get = await session.SendAsync(HttpMethod.Get, CoordinatorScenario.RankingPath, users.CoordinatorToken);
        if (get == HttpStatusCode.OK) return true;
        notes.Add($"Ranking read NOT measured: POST …/compute → {(int)compute}, GET {CoordinatorScenario.RankingPath} → {(int)get}.");
        return false;
    }

    /// <summary>Reads every gmina's assessment as the coordinator (activating all 2,479 grains), then the working set after a full GC.</summary>
    private static async Task<MemoryFigures> ActivateAllAsync(ApiSession session, VirtualUsers users, MunicipalityRegistry registry, Action<string> log)
    {
        var started = Stopwatch.GetTimestamp();
        var failures = 0;
        await Parallel.ForEachAsync(registry.All, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (m, _) =>
        {
            var status = await session.SendAsync(HttpMethod.Get, $"/api/assessments/{HotPathScenario.QuestionnaireId}/{m.Teryt}", users.CoordinatorToken);
            if (status != HttpStatusCode.OK) Interlocked.Increment(ref failures);
        });
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var figures = new MemoryFigures(registry.All.Count, failures, seconds, WorkingSetMb(), GC.GetTotalMemory(false) / 1048576.0);
        log($"activated {figures.Units} assessments in {seconds:0.0} s ({failures} failed): working set {figures.WorkingSetMb:0} MB, managed heap {figures.ManagedHeapMb:0} MB");
        return figures;
    }

    private static double WorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64 / 1048576.0;
    }

    private static List<KeyValuePair<string, string>> Environment(ApiUnderTest api, string storage, double workingSetAfterStart, MemoryFigures? memory)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var env = new List<KeyValuePair<string, string>>
        {
            new("date (UTC)", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", Inv)),
            new("machine", $"{System.Environment.ProcessorCount} logical CPUs (nproc), {cpu ?? "unknown CPU"}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}"),
            new("load average at report time (/proc/loadavg: 1, 5, 15 min)", LoadAverage()),
            new(".NET", $"{System.Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}"),
            new("storage", api.Storage),
            new("API", $"in-process Kestrel at {api.BaseAddress} (driver and server share the process and the CPUs); start with demo data {api.StartupSeconds.ToString("0.0", Inv)} s"),
            new("working set after start and setup", $"{workingSetAfterStart.ToString("0", Inv)} MB"),
        };
        if (memory is { } m)
            env.Add(new("all assessments active", $"{m.Units} gminas read in {m.Seconds.ToString("0.0", Inv)} s ({m.Failures} failed); working set {m.WorkingSetMb.ToString("0", Inv)} MB, managed heap {m.ManagedHeapMb.ToString("0", Inv)} MB (after full GC)"));
        return env;
    }

    /// <summary>Other work on the machine skews every figure; the report says how busy it was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static List<TargetCheck> Targets(LoadReport report, bool postgres, double? wrk, MemoryFigures? memory, int rate, TimeSpan duration)
    {
        var checks = new List<TargetCheck>();
        StepSummary? Find(string scenarioStart, string step, LoadKind kind) => report.Steps.FirstOrDefault(s =>
            s.Scenario.StartsWith(scenarioStart, StringComparison.Ordinal) && s.Step == step && s.Load.Kind == kind);
        string Ratio(double? r) => r is { } v ? v.ToString("0.000", Inv) : "–";

        var health = Find("health", "GET /health", LoadKind.ClosedLoop);
        var hotRead = Find("hot path", HotPathScenario.Read, LoadKind.ClosedLoop);
        var minimum = postgres ? 0.10 : 0.20;
        var hotRatio = hotRead is null ? null : report.RatioToBaseline(hotRead);
        checks.Add(new TargetCheck("hot path throughput (save + read pairs/s ÷ /health req/s)", $"≥ {minimum.ToString("0.00", Inv)}",
            hotRead is null ? "endpoint missing" : $"{Ratio(hotRatio)} ({hotRead.Throughput.ToString("0", Inv)} pairs/s ÷ {health?.Throughput.ToString("0", Inv)} req/s)",
            hotRatio is null ? null : hotRatio >= minimum));

        var save = Find("hot path", HotPathScenario.Save, LoadKind.ConstantRate);
        var read = Find("hot path", HotPathScenario.Read, LoadKind.ConstantRate);
        if (save is not null && read is not null)
        {
            var p99 = Math.Max(save.P99 ?? double.PositiveInfinity, read.P99 ?? double.PositiveInfinity);
            var errors = save.ErrorCount + read.ErrorCount;
            checks.Add(new TargetCheck($"hot path at {rate} requests/s ({rate / 2} save + read pairs/s) for {duration.TotalSeconds:0} s: p99 of each request", "≤ 25 ms, 0 errors",
                $"p99 save {save.P99?.ToString("0.00", Inv)} ms, read {read.P99?.ToString("0.00", Inv)} ms; {errors} errors {save.ErrorsText} {read.ErrorsText}".TrimEnd(),
                p99 <= 25 && errors == 0));
        }
        else checks.Add(new TargetCheck($"hot path at {rate} requests/s: p99", "≤ 25 ms, 0 errors", "endpoint missing", null));

        foreach (var step in new[] { CoordinatorScenario.Cohort, CoordinatorScenario.Ranking })
        {
            var s = Find("coordinator", step, LoadKind.ClosedLoop);
            var r = s is null ? null : report.RatioToBaseline(s);
            checks.Add(new TargetCheck($"{step} throughput ÷ /health", "≥ 0.50", s is null ? "endpoint missing" : Ratio(r), r is null ? null : r >= 0.5));
        }

        if (wrk is { } w && health is not null)
        {
            var diff = health.Throughput / w - 1;
            checks.Add(new TargetCheck("driver /health vs wrk, same connections", "within ±20 %",
                $"driver {health.Throughput.ToString("0", Inv)} req/s, wrk {w.ToString("0", Inv)} req/s ({(diff * 100).ToString("+0.0;-0.0", Inv)} %)",
                Math.Abs(diff) <= 0.20));
        }
        if (memory is { } m)
            checks.Add(new TargetCheck("working set with all 2,479 assessments active", "≤ 300 MB",
                $"{m.WorkingSetMb.ToString("0", Inv)} MB", m.WorkingSetMb <= 300 && m.Failures == 0));
        return checks;
    }

    private sealed record MemoryFigures(int Units, int Failures, double Seconds, double WorkingSetMb, double ManagedHeapMb);
}
