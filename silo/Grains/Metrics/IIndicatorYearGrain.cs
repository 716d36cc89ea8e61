namespace Samoocena.Silo.Grains.Metrics;

/// <summary>
/// Every unit's value of one indicator in one year, keyed <c>&lt;indicatorId&gt;/&lt;year&gt;</c> (e.g. <c>EDU_01/2024</c>).
/// This is where metric values live: peer statistics of one indicator need all units' values at once,
/// so they are one read. Writers (the municipality metrics grain, the bulk import, the demo seeder)
/// validate first; this grain only stores.
/// </summary>
public interface IIndicatorYearGrain : IGrainWithStringKey
{
    /// <summary>A copy of the values by TERYT, with the data version and the synthetic units.</summary>
    Task<IndicatorYearValues> GetAsync();

    /// <summary>
    /// Applies changes (null clears) in one write and returns the previous value of each TERYT whose
    /// value changed (null where there was none). <paramref name="synthetic"/> marks the written values
    /// as demo data; any other write of a unit clears its synthetic mark. <paramref name="source"/> names where the
    /// written values come from (kept per unit); a write without one forgets the source of the units whose value it
    /// changes or clears.
    /// </summary>
    Task<IReadOnlyDictionary<string, double?>> SetAsync(IReadOnlyDictionary<string, double?> changes, bool synthetic = false, string? source = null);
}
