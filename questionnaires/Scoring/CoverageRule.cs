namespace Samoocena.Questionnaires.Scoring;

/// <summary>The coverage rule of methodology §0: a composite exists only where present weight is at least 60 % of the total.</summary>
public static class CoverageRule
{
    public const double Threshold = 0.6;

    /// <summary>
    /// True when <paramref name="present"/> carries at least 60 % of <paramref name="total"/> (and total is positive).
    /// A relative tolerance of 1e-12 keeps sums like 0.1 + 0.2 from missing the threshold by a rounding error.
    /// </summary>
    public static bool Meets(double present, double total) =>
        total > 0 && present / total >= Threshold - 1e-12;
}
