using Samoocena.Questionnaires.Registry;

namespace Samoocena.Questionnaires.Demo;

/// <summary>How "urban and large" a unit is, 0..1, for the synthetic generators (arithmetic only, so bit-stable).</summary>
internal static class DemoSize
{
    /// <summary>Assumed population of the two gminas created on 2025-01-01, which have no 2024 figure.</summary>
    public const int FallbackPopulation = 5_000;

    public static int Population(Municipality m) => m.Population ?? FallbackPopulation;

    public static double Score(Municipality m)
    {
        double pop = Population(m);
        var size = pop / (pop + 20_000);
        var urban = (m.UrbanisationPct ?? 0) / 100;
        var score = 0.5 * size + 0.5 * urban;
        return m.Category == "MNPP" ? Math.Max(score, 0.85) : score;
    }
}
