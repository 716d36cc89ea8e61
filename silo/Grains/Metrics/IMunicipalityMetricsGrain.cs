using Samoocena.Silo.Grains.Audit;

namespace Samoocena.Silo.Grains.Metrics;

/// <summary>
/// The metric entry point of one municipality (key: TERYT): writes its values into the indicator-year
/// grains and keeps the audit log of every change to them (who, when, indicator/year, old → new).
/// </summary>
public interface IMunicipalityMetricsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores the values of one year (null clears) and audits each change made by <paramref name="user"/>.
    /// Indicator ids and numbers are validated by the caller; returns the previous value of each changed indicator.
    /// </summary>
    Task<IReadOnlyDictionary<string, double?>> SetAsync(int year, IReadOnlyDictionary<string, double?> values, string user);

    /// <summary>Appends entries for changes already written elsewhere (the bulk import writes indicator-years directly).</summary>
    Task RecordAsync(IReadOnlyList<AuditEntry> entries);

    /// <summary>Every recorded change, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditAsync();
}
