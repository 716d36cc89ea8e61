using Samoocena.Questionnaires.Indicators;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Questionnaires.Demo;

/// <summary>
/// SYNTHETIC demo metric values, not real statistics: every indicator of the catalogue (monitoring and
/// context) for every gmina of the registry and the years 2022–2024. Values follow the indicator's
/// <see cref="DemoMetricProfile"/>: typical level moves with the unit's size/urbanisation, a persistent
/// unit effect, a small yearly drift and noise; about 3 % of (unit, year, indicator) values are missing.
/// Deterministic: each value depends only on (seed, TERYT, indicator id, year), never on iteration order.
/// </summary>
public static class DemoMetrics
{
    public const ulong DefaultSeed = 20_250_101;
    public const int FirstYear = 2022, LastYear = 2024;
    public const double GapRate = 0.03;

    /// <summary>Streams values ordered by TERYT, then indicator (catalogue order), then year.</summary>
    public static IEnumerable<DemoMetricValue> Generate(MunicipalityRegistry registry, IndicatorCatalog catalog, ulong seed = DefaultSeed)
    {
        var profiles = catalog.Indicators.Select(i => DemoMetricProfiles.ById.TryGetValue(i.Id, out var p) ? p
            : throw new InvalidOperationException($"Brak profilu danych demonstracyjnych dla wskaźnika '{i.Id}'.")).ToArray();
        var keys = catalog.Indicators.Select(i => SplitMix64.Key(i.Id)).ToArray();
        foreach (var unit in registry.All)
        {
            var score = DemoSize.Score(unit);
            var terytKey = (ulong)long.Parse(unit.Teryt, System.Globalization.CultureInfo.InvariantCulture);
            for (var k = 0; k < profiles.Length; k++)
            {
                var p = profiles[k];
                var rng = SplitMix64.For(seed, terytKey, keys[k]);
                var level = p.Rural + (p.Urban - p.Rural) * score + p.Sd * rng.NextNormal();
                for (var year = FirstYear; year <= LastYear; year++)
                {
                    var gap = rng.NextDouble();
                    var noise = rng.NextNormal();
                    if (gap < GapRate) continue;
                    var value = level * (1 + p.Drift * (year - FirstYear)) + 0.15 * p.Sd * noise;
                    value = Math.Round(Math.Clamp(value, p.Min, p.Max), p.Decimals, MidpointRounding.AwayFromZero);
                    yield return new DemoMetricValue(unit.Teryt, year, catalog.Indicators[k].Id, value);
                }
            }
        }
    }
}
