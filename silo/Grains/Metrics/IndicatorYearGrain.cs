namespace Samoocena.Silo.Grains.Metrics;

[GrainType("IndicatorYearGrain")]
public sealed class IndicatorYearGrain(
    [PersistentState("indicatorYear")] IPersistentState<IndicatorYearState> state) : Grain, IIndicatorYearGrain
{
    // The snapshot handed out shares the stored collections and is passed by reference to callers on this node
    // (IndicatorYearValues is [Immutable]), so no write ever changes them in place: a write builds new ones (copy on
    // write) and swaps them in. The stored state is the only copy in memory (an indicator-year of every gmina is
    // ~2,500 entries; 171 of them after the demo data), trimmed to its size because deserialising grows it by doubling.
    private (string? Etag, IndicatorYearValues Values)? _snapshot;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Trim(state.State);
        return Task.CompletedTask;
    }

    Task<IndicatorYearValues> IIndicatorYearGrain.GetAsync() => Task.FromResult(Snapshot());

    async Task<IReadOnlyDictionary<string, double?>> IIndicatorYearGrain.SetAsync(
        IReadOnlyDictionary<string, double?> changes, bool synthetic, string? source)
    {
        var stored = state.State;
        var s = new IndicatorYearState
        {
            Values = new Dictionary<string, double>(stored.Values, StringComparer.Ordinal),
            Version = stored.Version,
            Synthetic = new HashSet<string>(stored.Synthetic, StringComparer.Ordinal),
            Sources = [.. stored.Sources],
            FromSource = new Dictionary<string, int>(stored.FromSource, StringComparer.Ordinal),
        };
        var wasEmpty = s.Values.Count == 0;
        var previous = new Dictionary<string, double?>(StringComparer.Ordinal);
        var marksChanged = false;
        var sourceIndex = -1;
        if (source is not null && (sourceIndex = s.Sources.IndexOf(source)) < 0)
        {
            s.Sources.Add(source);
            sourceIndex = s.Sources.Count - 1;
        }
        foreach (var (teryt, value) in changes)
        {
            double? old = s.Values.TryGetValue(teryt, out var o) ? o : null;
            if (old != value)
            {
                previous[teryt] = old;
                if (value is { } v) s.Values[teryt] = v; else s.Values.Remove(teryt);
            }
            marksChanged |= synthetic && value is not null ? s.Synthetic.Add(teryt) : s.Synthetic.Remove(teryt);
            // Saving the same value again (a form sends every field) keeps where it came from.
            if (sourceIndex >= 0 && value is not null)
            {
                marksChanged |= !s.FromSource.TryGetValue(teryt, out var was) || was != sourceIndex;
                s.FromSource[teryt] = sourceIndex;
            }
            else if (old != value || value is null) marksChanged |= s.FromSource.Remove(teryt);
        }
        DropUnusedSources(s);
        marksChanged |= !s.Sources.SequenceEqual(stored.Sources);
        if (previous.Count == 0 && !marksChanged) return previous;
        s.Version++;
        Trim(s);
        state.State = s;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = stored; // a refused write leaves memory as storage has it
            throw;
        }
        if (wasEmpty != (s.Values.Count == 0))
        {
            var (indicator, year) = MetricKeys.ParseIndicatorYear(this.GetPrimaryKeyString());
            await GrainFactory.GetGrain<IMetricYearsGrain>(MetricKeys.Directory).SetHasDataAsync(indicator, year, s.Values.Count > 0);
        }
        return previous;
    }

    private IndicatorYearValues Snapshot()
    {
        if (_snapshot is { } cached && cached.Etag == state.Etag) return cached.Values;
        var values = new IndicatorYearValues(state.State.Values, state.State.Version, state.State.Synthetic)
        {
            Sources = state.State.FromSource.ToDictionary(p => p.Key, p => state.State.Sources[p.Value], StringComparer.Ordinal),
        };
        _snapshot = (state.Etag, values);
        return values;
    }

    private static void Trim(IndicatorYearState s)
    {
        s.Values.TrimExcess();
        s.Synthetic.TrimExcess();
        s.FromSource.TrimExcess();
    }

    /// <summary>Removes the sources no unit refers to any more and renumbers the rest.</summary>
    private static void DropUnusedSources(IndicatorYearState s)
    {
        var used = s.FromSource.Values.ToHashSet();
        if (used.Count == s.Sources.Count) return;
        var renumbered = new Dictionary<int, int>();
        var kept = new List<string>();
        for (var i = 0; i < s.Sources.Count; i++)
            if (used.Contains(i)) { renumbered[i] = kept.Count; kept.Add(s.Sources[i]); }
        s.Sources = kept;
        foreach (var teryt in s.FromSource.Keys.ToArray()) s.FromSource[teryt] = renumbered[s.FromSource[teryt]];
    }
}
