using Samoocena.Questionnaires.Statistics;

namespace Samoocena.LoadTests.Driver;

/// <summary>
/// The figures of one scenario step under one load: latencies of the successful responses in milliseconds
/// (percentiles by the project's one quantile function, type 7), throughput of successful responses per
/// second, and failures by status code ("timeout", "exception:…" for requests without a response).
/// </summary>
public sealed record StepSummary(
    string Scenario,
    string Step,
    LoadProfile Load,
    double Seconds,
    long Requests,
    long Ok,
    IReadOnlyDictionary<string, long> Errors,
    double Throughput,
    double? Mean,
    double? P50,
    double? P95,
    double? P99,
    double? Max)
{
    public long ErrorCount => Requests - Ok;

    /// <summary>
    /// Summarises a step. <paramref name="okLatenciesMs"/> is sorted in place; type 7 interpolation rather
    /// than nearest rank because with thousands of samples the two differ by less than the timer's resolution,
    /// and one quantile definition across the project keeps figures comparable.
    /// </summary>
    public static StepSummary From(
        string scenario, string step, LoadProfile load, double seconds, double[] okLatenciesMs, IReadOnlyDictionary<string, long> errors)
    {
        if (!(seconds > 0)) throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "Czas pomiaru musi być dodatni.");
        Array.Sort(okLatenciesMs);
        var ok = okLatenciesMs.LongLength;
        var failed = errors.Values.Sum();
        double? Q(double p) => ok == 0 ? null : Quantiles.OfSorted(okLatenciesMs, p);
        return new StepSummary(scenario, step, load, seconds, ok + failed, ok,
            new SortedDictionary<string, long>(errors.ToDictionary(), StringComparer.Ordinal),
            ok / seconds, ok == 0 ? null : okLatenciesMs.Average(), Q(0.5), Q(0.95), Q(0.99), ok == 0 ? null : okLatenciesMs[^1]);
    }

    /// <summary>"409×3; timeout×1", or "" without failures.</summary>
    public string ErrorsText => string.Join("; ", Errors.Select(e => $"{e.Key}×{e.Value}"));
}
