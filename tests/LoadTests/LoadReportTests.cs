using Samoocena.LoadTests.Driver;
using Samoocena.LoadTests.Reporting;

namespace Samoocena.Tests.LoadTests;

public sealed class LoadReportTests
{
    private static readonly LoadProfile Closed64 = LoadProfile.Closed(64, TimeSpan.FromSeconds(10));
    private static readonly LoadProfile Closed8 = LoadProfile.Closed(8, TimeSpan.FromSeconds(10));
    private static readonly LoadProfile Constant = LoadProfile.Constant(100, TimeSpan.FromSeconds(10), 64);

    private static StepSummary Step(string scenario, string step, LoadProfile load, int ok) =>
        StepSummary.From(scenario, step, load, 10, Enumerable.Repeat(2.0, ok).ToArray(), new Dictionary<string, long>());

    private static LoadReport Report(params StepSummary[] steps) => new("t", [], steps, [], []);

    [Fact]
    public void Ratio_divides_by_the_health_baseline_with_the_same_connection_count()
    {
        // Baseline 64 conn: 1000 ok / 10 s = 100/s; hot path 250 / 10 = 25/s → 0.25. No 8-connection baseline → none.
        var health = Step("health", "GET /health", Closed64, 1000);
        var hot = Step("hot path", "GET assessment", Closed64, 250);
        var other = Step("hot path", "GET assessment", Closed8, 250);
        var report = Report(health, hot, other);

        report.RatioToBaseline(hot).Should().Be(0.25);
        report.RatioToBaseline(health).Should().Be(1);
        report.RatioToBaseline(other).Should().BeNull();
    }

    [Fact]
    public void Open_loop_steps_have_no_ratio_because_their_rate_is_offered_not_achieved()
    {
        var report = Report(Step("health", "GET /health", Closed64, 1000), Step("hot path", "PUT", Constant, 1000));

        report.RatioToBaseline(report.Steps[1]).Should().BeNull();
    }

    [Fact]
    public void Csv_has_one_row_per_step_with_quoted_fields_where_needed()
    {
        var withErrors = StepSummary.From("hot path", "PUT", Closed64, 10, [1.5, 2.5], new Dictionary<string, long> { ["409"] = 1 });
        var csv = Report(Step("health", "GET /health", Closed64, 1000), withErrors).ToCsv().Split('\n');

        csv[0].Should().Be("scenario,step,load,seconds,requests,ok,throughput_per_s,ratio_to_health,mean_ms,p50_ms,p95_ms,p99_ms,max_ms,errors");
        // 1000 ok in 10 s = 100/s, ratio 1; all latencies 2 ms.
        csv[1].Should().Be("health,GET /health,\"closed loop, 64 conn, 10 s\",10,1000,1000,100,1,2,2,2,2,2,");
        // p50 of 1.5, 2.5 = 2; p95: h = 0.95 → 1.5 + 0.95 = 2.45; p99 → 2.49; ratio 0.2 / 100 = 0.002.
        csv[2].Should().Be("hot path,PUT,\"closed loop, 64 conn, 10 s\",10,3,2,0.2,0.002,2,2,2.45,2.49,2.5,409×1");
        csv.Should().HaveCount(4).And.EndWith("");
    }

    [Fact]
    public void Markdown_lists_steps_and_targets_with_their_verdicts()
    {
        var report = Report(Step("health", "GET /health", Closed64, 1000)) with
        {
            Targets = [new TargetCheck("wrk", "±20 %", "−5 %", true), new TargetCheck("hot", "≥ 0.20", "endpoint missing", null)],
        };

        var md = report.ToMarkdown();

        md.Should().Contain("| health | GET /health | closed loop, 64 conn, 10 s | 1000 | 100.0 | 1.000 | 2.00 | 2.00 | 2.00 | 2.00 | 0 |");
        md.Should().Contain("| wrk | ±20 % | −5 % | met |");
        md.Should().Contain("| hot | ≥ 0.20 | endpoint missing | not measured |");
    }

    [Theory]
    [InlineData("Running 10s test @ http://127.0.0.1:1/health\nRequests/sec:  19733.96\nTransfer/sec: 3.26MB", 19733.96)]
    [InlineData("Requests/sec: 812", 812)]
    public void Wrk_requests_per_second_are_read_from_its_summary_line(string output, double expected) =>
        WrkRun.ParseRequestsPerSecond(output).Should().Be(expected);
}
