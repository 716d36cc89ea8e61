using System.Globalization;
using System.Text;
using Samoocena.LoadTests.Driver;

namespace Samoocena.LoadTests.Reporting;

/// <summary>
/// The outcome of one load run: every step's figures with its throughput as a ratio of the /health baseline
/// measured with the same connection count in the same run, the target checks and free-form notes.
/// Written as Markdown for people and CSV (one row per step) for spreadsheets.
/// </summary>
public sealed record LoadReport(
    string Title,
    IReadOnlyList<KeyValuePair<string, string>> Environment,
    IReadOnlyList<StepSummary> Steps,
    IReadOnlyList<TargetCheck> Targets,
    IReadOnlyList<string> Notes)
{
    public const string BaselineScenario = "health";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>
    /// The /health closed-loop throughput with the same connection count as <paramref name="step"/>; null when the
    /// step is open-loop (its throughput is the offered rate, not a capacity) or the run had no such baseline.
    /// </summary>
    public double? BaselineFor(StepSummary step)
    {
        if (step.Load.IsOpenLoop) return null;
        return Steps.FirstOrDefault(s => s.Scenario == BaselineScenario && !s.Load.IsOpenLoop
            && s.Load.Connections == step.Load.Connections)?.Throughput;
    }

    public double? RatioToBaseline(StepSummary step) => BaselineFor(step) is { } b and > 0 ? step.Throughput / b : null;

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Title).AppendLine();
        foreach (var (key, value) in Environment) md.Append("- ").Append(key).Append(": ").AppendLine(value);
        md.AppendLine().AppendLine("## Steps").AppendLine()
            .AppendLine("Latencies in ms of successful responses (type-7 percentiles); throughput = successful responses/s; "
                + "ratio = throughput ÷ /health closed-loop throughput with the same connections.").AppendLine()
            .AppendLine("| scenario | step | load | requests | ok/s | ratio | p50 | p95 | p99 | max | errors |")
            .AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var s in Steps)
        {
            md.Append("| ").Append(s.Scenario).Append(" | ").Append(s.Step).Append(" | ").Append(s.Load)
                .Append(" | ").Append(s.Requests.ToString(Inv)).Append(" | ").Append(F(s.Throughput, "0.0"))
                .Append(" | ").Append(F(RatioToBaseline(s), "0.000"))
                .Append(" | ").Append(F(s.P50)).Append(" | ").Append(F(s.P95)).Append(" | ").Append(F(s.P99)).Append(" | ").Append(F(s.Max))
                .Append(" | ").Append(s.Errors.Count == 0 ? "0" : s.ErrorsText).AppendLine(" |");
        }
        if (Targets.Count > 0)
        {
            md.AppendLine().AppendLine("## Targets").AppendLine()
                .AppendLine("| target | required | measured | verdict |").AppendLine("|---|---|---|---|");
            foreach (var t in Targets) md.Append("| ").Append(t.Name).Append(" | ").Append(t.Target).Append(" | ").Append(t.Measured).Append(" | ").Append(t.Verdict).AppendLine(" |");
        }
        if (Notes.Count > 0)
        {
            md.AppendLine().AppendLine("## Notes").AppendLine();
            foreach (var n in Notes) md.Append("- ").AppendLine(n);
        }
        return md.ToString();
    }

    public string ToCsv()
    {
        var csv = new StringBuilder("scenario,step,load,seconds,requests,ok,throughput_per_s,ratio_to_health,mean_ms,p50_ms,p95_ms,p99_ms,max_ms,errors\n");
        foreach (var s in Steps)
        {
            string[] fields =
            [
                s.Scenario, s.Step, s.Load.ToString(), F(s.Seconds, "0.###"), s.Requests.ToString(Inv), s.Ok.ToString(Inv), F(s.Throughput, "0.###"),
                F(RatioToBaseline(s), "0.####", ""), F(s.Mean, "0.###", ""), F(s.P50, "0.###", ""), F(s.P95, "0.###", ""),
                F(s.P99, "0.###", ""), F(s.Max, "0.###", ""), s.ErrorsText,
            ];
            csv.AppendJoin(',', fields.Select(Quote)).Append('\n');
        }
        return csv.ToString();
    }

    /// <summary>RFC 4180 quoting: only fields with a comma, quote or line break are quoted, quotes doubled.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string F(double? x, string format = "0.00", string missing = "–") => x is { } v ? v.ToString(format, Inv) : missing;
}
