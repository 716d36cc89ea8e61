using System.Globalization;
using Samoocena.Silo.Grains.Audit;
using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Silo.Grains.Metrics;

[GrainType("MunicipalityMetricsGrain")]
public sealed class MunicipalityMetricsGrain(
    [PersistentState("municipalityMetrics")] IPersistentState<MunicipalityMetricsState> state,
    TimeProvider time) : Grain, IMunicipalityMetricsGrain
{
    public const string ActionSet = "metric.set";
    public const string ActionImport = "metric.import";
    public const string ActionImportBdl = "metric.import.bdl";

    async Task<IReadOnlyDictionary<string, double?>> IMunicipalityMetricsGrain.SetAsync(
        int year, IReadOnlyDictionary<string, double?> values, string user)
    {
        if (year is < MetricKeys.FirstYear or > MetricKeys.LastYear)
            throw new ValidationException("year", $"Rok {year} jest poza zakresem {MetricKeys.FirstYear}–{MetricKeys.LastYear}.");
        foreach (var (id, value) in values)
            if (value is { } v && !double.IsFinite(v))
                throw new ValidationException($"values.{id}", $"Wartość wskaźnika {id} musi być liczbą skończoną.");
        var teryt = this.GetPrimaryKeyString();
        var writes = values.Select(async p =>
        {
            var previous = await GrainFactory.GetGrain<IIndicatorYearGrain>(MetricKeys.IndicatorYear(p.Key, year))
                .SetAsync(new Dictionary<string, double?> { [teryt] = p.Value });
            return (Id: p.Key, Changed: previous.TryGetValue(teryt, out var old), Old: old, New: p.Value);
        }).ToArray();
        var results = await Task.WhenAll(writes);
        var changed = new Dictionary<string, double?>(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        foreach (var r in results.Where(r => r.Changed).OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            changed[r.Id] = r.Old;
            state.State.Audit.Add(Entry(now, user, ActionSet, r.Id, year, r.Old, r.New));
        }
        if (changed.Count > 0) await state.WriteStateAsync();
        return changed;
    }

    async Task IMunicipalityMetricsGrain.RecordAsync(IReadOnlyList<AuditEntry> entries)
    {
        if (entries.Count == 0) return;
        state.State.Audit.AddRange(entries);
        await state.WriteStateAsync();
    }

    Task<IReadOnlyList<AuditEntry>> IMunicipalityMetricsGrain.GetAuditAsync() =>
        Task.FromResult<IReadOnlyList<AuditEntry>>(state.State.Audit.ToArray());

    /// <summary>The audit entry of one change; numbers as invariant round-trip text.</summary>
    public static AuditEntry Entry(DateTimeOffset at, string user, string action, string indicatorId, int year, double? oldValue, double? newValue,
        string? detail = null) =>
        new(at, user, action, MetricKeys.IndicatorYear(indicatorId, year), Text(oldValue), Text(newValue), detail);

    private static string? Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
