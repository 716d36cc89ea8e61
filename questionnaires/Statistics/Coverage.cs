namespace Samoocena.Questionnaires.Statistics;

/// <summary>The coverage rule of methodology §0: a weighted mean exists only over ≥ 60 % of the weight.</summary>
public static class Coverage
{
    /// <summary>The minimum share of the total weight, in percent.</summary>
    public const double MinimumPercent = 60;

    /// <summary>
    /// True when the present weight carries at least 60 % of the total. The share is compared in percent as shown
    /// (methodology v1.1 §0, <see cref="Scores.AsShown(double)"/>): 59.995 % counts as 60.00 %, and weights like
    /// 0.35 + 0.25 of 1.0 meet the rule despite binary fractions.
    /// </summary>
    public static bool IsMet(double presentWeight, double totalWeight) =>
        totalWeight > 0 && Scores.AsShown(100 * presentWeight / totalWeight) >= MinimumPercent;
}
