using Samoocena.Questionnaires.Rankings;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Questionnaires.Demo;

/// <summary>
/// SYNTHETIC demo budget execution lines (Rb-28S classification), not real reports: every gmina of the
/// registry, each year of the range. Magnitudes per inhabitant and year: current spending 5–8 thousand zł,
/// capital spending 0.5–2 thousand zł, spread over ~25–45 lines of common rozdziały, green ones among
/// them, with EU-funded capital paragraphs (6057/6058). About 6 % of unit-years have no capital spending
/// and about 0.5 % of units none in any year, so the ranking's missing-data rules are exercised.
/// Deterministic: the lines of a unit-year depend only on (seed, TERYT, year).
/// </summary>
public static class DemoBudget
{
    public const ulong DefaultSeed = 20_240_601;
    public const int FirstYear = 2018, LastYear = 2023;
    public const double NoCapitalYearRate = 0.06, NoCapitalUnitRate = 0.005;

    // Urban templates appear mostly in towns (public transport), rural ones mostly in villages (rural water supply).
    private readonly record struct Template(int Dzial, int Rozdzial, int Paragraf, double Weight, bool Urban = false, bool Rural = false);

    // Current spending: the usual big items of a gmina budget; weights are rough shares.
    private static readonly Template[] CurrentLines =
    [
        new(801, 80101, 4010, 14), new(801, 80101, 4110, 2.5), new(801, 80101, 4260, 1.2), new(801, 80101, 4300, 1.5),
        new(801, 80104, 4010, 5), new(801, 80104, 4300, 1), new(801, 80113, 4300, 0.6), new(801, 80150, 4010, 1.2),
        new(750, 75023, 4010, 6), new(750, 75023, 4110, 1.1), new(750, 75023, 4300, 1.5), new(750, 75022, 3030, 0.3),
        new(852, 85219, 4010, 2.2), new(852, 85214, 3110, 1.2), new(852, 85228, 4300, 0.6), new(852, 85202, 4330, 1),
        new(855, 85502, 3110, 5), new(855, 85501, 3110, 1.5), new(855, 85516, 4300, 0.4),
        new(600, 60016, 4270, 2.5), new(600, 60016, 4300, 1.2), new(700, 70005, 4300, 0.8), new(710, 71004, 4170, 0.3),
        new(754, 75412, 4210, 0.6), new(757, 75702, 8110, 1.2), new(921, 92109, 2480, 1.8), new(921, 92116, 2480, 1),
        new(926, 92601, 4300, 1), new(926, 92605, 2360, 0.4), new(900, 90015, 4260, 1.2), new(900, 90003, 4300, 0.7),
        // green rozdziały
        new(900, 90002, 4300, 5.5), new(900, 90002, 4010, 0.4), new(900, 90001, 4300, 0.8), new(900, 90004, 4300, 0.9),
        new(600, 60004, 4300, 1.6, Urban: true), new(900, 90005, 4300, 0.2), new(900, 90019, 4300, 0.1),
        new(900, 90026, 4300, 0.3), new(10, 1010, 4300, 0.2, Rural: true), new(900, 90006, 4300, 0.05), new(900, 90007, 4300, 0.05),
    ];

    private static readonly Template[] OtherCapital =
    [
        new(600, 60016, 6050, 4), new(600, 60016, 6057, 2), new(600, 60016, 6059, 1), new(801, 80101, 6050, 2),
        new(801, 80104, 6050, 1), new(926, 92601, 6050, 1.5), new(921, 92109, 6050, 1), new(750, 75023, 6060, 0.5),
        new(700, 70005, 6060, 0.7), new(754, 75412, 6060, 0.4), new(900, 90015, 6050, 0.8), new(852, 85219, 6060, 0.2),
    ];

    private static readonly Template[] GreenCapital =
    [
        new(10, 1010, 6050, 2, Rural: true), new(10, 1010, 6057, 1.5, Rural: true), new(10, 1010, 6059, 0.6, Rural: true), new(900, 90001, 6050, 3),
        new(900, 90001, 6057, 2), new(900, 90001, 6058, 0.8), new(900, 90001, 6059, 0.8), new(900, 90005, 6050, 1),
        new(900, 90005, 6057, 0.8), new(900, 90004, 6050, 1), new(900, 90002, 6060, 0.5), new(600, 60004, 6060, 1, Urban: true),
        new(600, 60004, 6057, 0.8, Urban: true), new(900, 90026, 6050, 0.3),
    ];

    /// <summary>Streams the lines of every registry unit for each year of <paramref name="firstYear"/>..<paramref name="lastYear"/>, by TERYT then year.</summary>
    public static IEnumerable<BudgetLine> Lines(MunicipalityRegistry registry, int firstYear = FirstYear, int lastYear = LastYear, ulong seed = DefaultSeed)
    {
        var buffer = new List<BudgetLine>(64);
        foreach (var unit in registry.All)
        {
            var teryt = BudgetLine.TerytNumber(unit.Teryt);
            for (var year = firstYear; year <= lastYear; year++)
            {
                buffer.Clear();
                UnitYear(unit, teryt, year, seed, buffer);
                foreach (var line in buffer) yield return line;
            }
        }
    }

    private static void UnitYear(Municipality unit, int teryt, int year, ulong seed, List<BudgetLine> output)
    {
        // Unit traits come from a generator keyed by the unit only, so they stay the same across years.
        var traits = SplitMix64.For(seed, (ulong)teryt);
        var currentPerCapita = 5_000 + 3_000 * traits.NextDouble();
        var capitalPerCapita = 500 + 1_500 * traits.NextDouble() * traits.NextDouble();
        var greenAffinity = 0.1 + 0.5 * traits.NextDouble();
        var euAffinity = traits.NextDouble();
        var neverCapital = traits.NextDouble() < NoCapitalUnitRate;
        var score = DemoSize.Score(unit);
        double population = DemoSize.Population(unit);

        var rng = SplitMix64.For(seed, (ulong)teryt, (ulong)year);
        var growth = 1 + 0.02 * (year - 2021); // nominal growth around the middle of the demo years
        var current = population * currentPerCapita * growth * (1 + 0.03 * rng.NextNormal());
        Spread(CurrentLines, current, inclusion: 0.85, count: CurrentLines.Length, score, teryt, year, ref rng, output);

        var noCapitalThisYear = rng.NextDouble() < NoCapitalYearRate;
        var greenYear = rng.NextDouble() < 0.45 + 0.5 * greenAffinity;
        var capital = population * capitalPerCapita * (0.5 + rng.NextDouble());
        if (neverCapital || noCapitalThisYear) return;
        var greenShare = greenYear ? greenAffinity * (0.5 + rng.NextDouble()) : 0;
        var otherCount = 1 + rng.NextInt(0, 6);
        Spread(OtherCapital, capital * (1 - Math.Min(greenShare, 0.9)), inclusion: 1, count: otherCount, score, teryt, year, ref rng, output);
        if (greenShare > 0)
        {
            // EU-minded units pick the co-financed paragraphs more often (those templates carry 7 or 8 as the 4th digit).
            var greenCount = 1 + rng.NextInt(0, 5) + (euAffinity > 0.5 ? 1 : 0);
            Spread(GreenCapital, capital * Math.Min(greenShare, 0.9), inclusion: 1, count: greenCount, score, teryt, year, ref rng, output);
        }
    }

    /// <summary>Splits <paramref name="total"/> over up to <paramref name="count"/> templates drawn without replacement.</summary>
    private static void Spread(Template[] templates, double total, double inclusion, int count, double score,
        int teryt, int year, ref SplitMix64 rng, List<BudgetLine> output)
    {
        Span<int> chosen = stackalloc int[templates.Length];
        Span<double> weight = stackalloc double[templates.Length];
        var n = 0;
        var start = rng.NextInt(0, templates.Length);
        for (var i = 0; i < templates.Length && n < count; i++)
        {
            var t = (start + i) % templates.Length;
            if (templates[t].Urban && rng.NextDouble() > score) continue;
            if (templates[t].Rural && rng.NextDouble() < score) continue;
            if (rng.NextDouble() >= inclusion) continue;
            chosen[n] = t;
            weight[n] = templates[t].Weight * Math.Max(0.2, 1 + 0.25 * rng.NextNormal());
            n++;
        }
        double sum = 0;
        for (var i = 0; i < n; i++) sum += weight[i];
        for (var i = 0; i < n; i++)
        {
            var t = templates[chosen[i]];
            var grosze = (long)Math.Round(total * weight[i] / sum * 100, MidpointRounding.AwayFromZero);
            output.Add(new BudgetLine(teryt, year, t.Dzial, t.Rozdzial, t.Paragraf, grosze));
        }
    }
}
