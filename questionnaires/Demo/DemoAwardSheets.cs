using Samoocena.Questionnaires.Awards;

namespace Samoocena.Questionnaires.Demo;

/// <summary>
/// SYNTHETIC juror sheets for a demo award edition (definitions/zlote-lajki-demo.json): every juror scores
/// every nominee 0–10 per criterion around a nominee-specific level, except nominees of the juror's own
/// municipality (conflict of interest); about 5 % of sheets miss one criterion, so they do not count.
/// Deterministic: each sheet depends only on (seed, juror, nominee).
/// </summary>
public static class DemoAwardSheets
{
    public const ulong DefaultSeed = 20_241_126;
    public const double IncompleteRate = 0.05;

    /// <summary>The demo award edition shipped as definitions/zlote-lajki-demo.json.</summary>
    public static AwardDefinition Award() => AwardDefinition.Load("zlote-lajki-demo");

    public static IReadOnlyList<JurorSheet> For(AwardDefinition award, ulong seed = DefaultSeed)
    {
        var sheets = new List<JurorSheet>();
        foreach (var juror in award.Jurors)
        foreach (var nominee in award.Nominees)
        {
            if (juror.Teryt is not null && juror.Teryt == nominee.Teryt) continue;
            var level = SplitMix64.For(seed, SplitMix64.Key(nominee.Id));
            var quality = 4 + 5 * level.NextDouble();
            var rng = SplitMix64.For(seed, SplitMix64.Key(juror.Login), SplitMix64.Key(nominee.Id));
            var skip = rng.NextDouble() < IncompleteRate ? rng.NextInt(0, award.Criteria.Count) : -1;
            var scores = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var c = 0; c < award.Criteria.Count; c++)
            {
                var score = (int)Math.Round(Math.Clamp(quality + 1.2 * rng.NextNormal(), 0, 10), MidpointRounding.AwayFromZero);
                if (c != skip) scores[award.Criteria[c].Id] = score;
            }
            sheets.Add(new JurorSheet(juror.Login, nominee.Id, scores));
        }
        return sheets;
    }
}
