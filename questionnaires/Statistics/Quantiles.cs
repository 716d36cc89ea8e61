namespace Samoocena.Questionnaires.Statistics;

/// <summary>
/// The one quantile function of methodology §0: linear interpolation between order statistics
/// (R type 7, Excel <c>QUARTILE.INC</c> / <c>PERCENTILE.INC</c>).
/// </summary>
public static class Quantiles
{
    /// <summary>
    /// Quantile <paramref name="p"/> (0..1) of data already sorted ascending:
    /// h = (n−1)p, Q = x[⌊h⌋] + (h−⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) with 0-based x.
    /// </summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.IsEmpty) throw new ArgumentException("Kwantyl pustego zbioru nie istnieje.", nameof(sorted));
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "Rząd kwantyla musi leżeć w przedziale [0, 1].");
        var h = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(h);
        // At p = 1 (or when h lands on the last point) there is no upper neighbour to interpolate to.
        if (lower >= sorted.Length - 1) return sorted[^1];
        var fraction = h - lower;
        // Skipping the interpolation on an exact order statistic keeps x exact (no 0 × ∞ or rounding noise).
        return fraction == 0 ? sorted[lower] : sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower]);
    }

    /// <summary>Sorts a copy of <paramref name="values"/> and returns quantile <paramref name="p"/>.</summary>
    public static double Of(ReadOnlySpan<double> values, double p)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return OfSorted(sorted, p);
    }
}
