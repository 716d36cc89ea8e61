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

    /// <summary>The band of a score as shown (methodology v1.1 §0): 19.995 is shown 20.00 and is <c>podstawowy</c>.</summary>
    public static MaturityLevel Of(double score)
    {
        var shown = Scores.AsShown(score);
        return shown >= 80 ? Wzorcowy
            : shown >= 60 ? Dojrzaly
            : shown >= 40 ? RozwijajacySie
            : shown >= 20 ? Podstawowy
            : Poczatkowy;
    }

    public static MaturityLevel? Of(double? score) => score is { } s ? Of(s) : null;
}
