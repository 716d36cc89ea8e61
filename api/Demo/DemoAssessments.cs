using Samoocena.Questionnaires.Definitions;
using Samoocena.Questionnaires.Demo;
using Samoocena.Questionnaires.Registry;
using Samoocena.Questionnaires.Scoring;

namespace Samoocena.Api.Demo;

/// <summary>
/// Synthetic, deterministic demo assessments (labelled demo data, never real answers): every
/// <see cref="Step"/>-th gmina in TERYT order, so all categories and voivodeships appear. Each gmina gets a
/// maturity around which its 3–5 members' answers scatter (per theme a shift, per member noise), so levels
/// are correlated within a gmina and members sometimes disagree; the team agrees two values by consensus.
/// Round 2 (<see cref="For(string, QuestionnaireDefinition, int)"/>) starts from the same maturity, raised by 0.2–0.8 of
/// a level, with new answers: a visible change between the two closed demo rounds.
/// </summary>
public static class DemoAssessments
{
    public const int Step = 60;
    public const ulong Seed = 2026;

    public sealed record Team(
        string Teryt,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, Answer>> Members,
        IReadOnlyDictionary<string, Answer> Consensus);

    public static IReadOnlyList<string> Municipalities(MunicipalityRegistry registry) =>
        registry.All.Where((_, i) => i % Step == 0).Select(m => m.Teryt).ToArray();

    public static Team For(string teryt, QuestionnaireDefinition definition) => For(teryt, definition, 1);

    public static Team For(string teryt, QuestionnaireDefinition definition, int round)
    {
        var unit = ulong.Parse(teryt, System.Globalization.CultureInfo.InvariantCulture);
        var random = SplitMix64.For(Seed, unit);
        var maturity = 0.6 + 2.8 * random.NextDouble();
        if (round > 1)
        {
            random = SplitMix64.For(Seed + (ulong)round, unit);
            maturity = Math.Min(3.8, maturity + 0.2 + 0.6 * random.NextDouble());
        }
        var themeShift = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var area in definition.Areas)
            foreach (var theme in area.Themes) themeShift[theme.Id] = 0.5 * random.NextNormal();
        var size = random.NextInt(3, 6);
        var members = new Dictionary<string, IReadOnlyDictionary<string, Answer>>(StringComparer.Ordinal);
        for (var m = 1; m <= size; m++)
        {
            var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
            foreach (var area in definition.Areas)
                foreach (var theme in area.Themes)
                    foreach (var question in theme.Questions)
                    {
                        var level = Math.Clamp((int)Math.Round(maturity + themeShift[theme.Id] + 0.55 * random.NextNormal(), MidpointRounding.AwayFromZero), 0, 4);
                        if (question.Kind == QuestionKind.Scale) answers[question.Id] = Answer.Of(level);
                        else if (question.Kind == QuestionKind.YesNo) answers[question.Id] = Answer.Of(level >= 2);
                    }
            members[$"demo-{teryt}-{m}"] = answers;
        }
        var consensus = new Dictionary<string, Answer>(StringComparer.Ordinal);
        var scale = definition.Areas.SelectMany(a => a.Themes).SelectMany(t => t.Questions).Where(q => q.Kind == QuestionKind.Scale).ToArray();
        for (var k = 0; k < 2 && scale.Length > 0; k++)
        {
            var question = scale[random.NextInt(0, scale.Length)];
            consensus[question.Id] = Answer.Of(Math.Clamp((int)Math.Round(maturity, MidpointRounding.AwayFromZero), 0, 4));
        }
        return new Team(teryt, members, consensus);
    }
}
