namespace Samoocena.LoadTests.Driver;

/// <summary>Collects the outcomes of one step from many concurrent iterations.</summary>
public sealed class StepRecorder(string name)
{
    private readonly Lock _lock = new();
    private readonly List<double> _okMs = new(capacity: 1 << 16);
    private readonly Dictionary<string, long> _errors = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    public void Ok(double latencyMs)
    {
        lock (_lock) _okMs.Add(latencyMs);
    }

    public void Failed(string reason)
    {
        lock (_lock) _errors[reason] = _errors.GetValueOrDefault(reason) + 1;
    }

    public StepSummary Summarise(string scenario, LoadProfile load, double seconds)
    {
        lock (_lock) return StepSummary.From(scenario, Name, load, seconds, _okMs.ToArray(), _errors);
    }
}
