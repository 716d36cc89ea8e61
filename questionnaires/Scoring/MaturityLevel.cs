using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Questionnaires.Scoring;

/// <summary>The maturity band of a 0–100 score (methodology §3), with a stable id and its Polish label.</summary>
public sealed record MaturityLevel(string Id, string Label, double From)
{
    public static MaturityLevel Poczatkowy { get; } = new("poczatkowy", "początkowy", 0);
    public static MaturityLevel Podstawowy { get; } = new("podstawowy", "podstawowy", 20);
    public static MaturityLevel RozwijajacySie { get; } = new("rozwijajacy-sie", "rozwijający się", 40);
    public static MaturityLevel Dojrzaly { get; } = new("dojrzaly", "dojrzały", 60);
    public static MaturityLevel Wzorcowy { get; } = new("wzorcowy", "wzorcowy", 80);

    /// <summary>Lowest band first.</summary>
    public static IReadOnlyList<MaturityLevel> All { get; } = [Poczatkowy, Podstawowy, RozwijajacySie, Dojrzaly, Wzorcowy];

    /// <summary>The band of a score; the score is rounded to 4 decimals first, as every comparison is (§0).</summary>
    public static MaturityLevel Of(double score)
    {
        var rounded = Scores.ForComparison(score);
        return rounded >= 80 ? Wzorcowy
            : rounded >= 60 ? Dojrzaly
            : rounded >= 40 ? RozwijajacySie
            : rounded >= 20 ? Podstawowy
            : Poczatkowy;
    }

    public static MaturityLevel? Of(double? score) => score is { } s ? Of(s) : null;
}
