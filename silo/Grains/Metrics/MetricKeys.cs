using System.Globalization;

namespace Samoocena.Silo.Grains.Metrics;

/// <summary>Grain keys of the metrics store.</summary>
public static class MetricKeys
{
    /// <summary>The key of the one <see cref="IMetricYearsGrain"/>.</summary>
    public const string Directory = "all";

    /// <summary>Years a metric value may have (inclusive); outside them a value is refused.</summary>
    public const int FirstYear = 2000, LastYear = 2100;

    public static string IndicatorYear(string indicatorId, int year) =>
        indicatorId + "/" + year.ToString(CultureInfo.InvariantCulture);

    public static (string Indicator, int Year) ParseIndicatorYear(string key)
    {
        var slash = key.LastIndexOf('/');
        return (key[..slash], int.Parse(key.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture));
    }
}
