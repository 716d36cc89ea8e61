namespace Samoocena.Silo.Grains.Metrics;

/// <summary>
/// The directory of the metrics store (one grain, key <see cref="MetricKeys.Directory"/>): which years
/// have data for which indicator, so that "the latest year with data" and reads of a unit's year do not
/// have to probe empty indicator-years. Kept by <see cref="IIndicatorYearGrain"/> itself.
/// </summary>
public interface IMetricYearsGrain : IGrainWithStringKey
{
    /// <summary>Years with at least one value, ascending, per indicator id (indicators without data absent).</summary>
    Task<IReadOnlyDictionary<string, int[]>> GetAsync();

    Task SetHasDataAsync(string indicatorId, int year, bool hasData);
}
