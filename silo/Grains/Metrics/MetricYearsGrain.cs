namespace Samoocena.Silo.Grains.Metrics;

[GrainType("MetricYearsGrain")]
public sealed class MetricYearsGrain(
    [PersistentState("metricYears")] IPersistentState<MetricYearsState> state) : Grain, IMetricYearsGrain
{
    // A copy per stored version (see IndicatorYearGrain): readers never hold the mutable sets.
    private (string? Etag, IReadOnlyDictionary<string, int[]> Years)? _snapshot;

    Task<IReadOnlyDictionary<string, int[]>> IMetricYearsGrain.GetAsync()
    {
        if (_snapshot is { } cached && cached.Etag == state.Etag) return Task.FromResult(cached.Years);
        IReadOnlyDictionary<string, int[]> years = state.State.Years.Where(p => p.Value.Count > 0)
            .ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _snapshot = (state.Etag, years);
        return Task.FromResult(years);
    }

    async Task IMetricYearsGrain.SetHasDataAsync(string indicatorId, int year, bool hasData)
    {
        var years = state.State.Years;
        if (!years.TryGetValue(indicatorId, out var set)) years[indicatorId] = set = [];
        if (!(hasData ? set.Add(year) : set.Remove(year))) return;
        await state.WriteStateAsync();
    }
}
