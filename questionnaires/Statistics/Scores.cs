namespace Samoocena.Questionnaires.Statistics;

/// <summary>The rounding rules of methodology §0.</summary>
public static class Scores
{
    /// <summary>Rounds a score to 4 decimals (half away from zero) before any comparison.</summary>
    public static double ForComparison(double score) => Math.Round(score, 4, MidpointRounding.AwayFromZero);

    /// <summary>Rounds a value to 2 decimals (half away from zero) for people and exports.</summary>
    public static double ForDisplay(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <inheritdoc cref="ForDisplay(double)"/>
    public static double? ForDisplay(double? value) => value is { } v ? ForDisplay(v) : null;
}
