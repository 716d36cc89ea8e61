using System.Runtime.CompilerServices;
using Samoocena.Questionnaires.Definitions;

namespace Samoocena.Questionnaires.Scoring;

/// <summary>
/// A definition flattened once into arrays (questions in definition order, each theme and area a
/// contiguous range), so that scoring a response is index arithmetic rather than tree walks.
/// One plan per definition instance, cached for the life of the definition.
/// </summary>
public sealed class ScoringPlan
{
    private static readonly ConditionalWeakTable<QuestionnaireDefinition, ScoringPlan> Cache = [];

    private readonly Dictionary<string, int> _questionIndex = new(StringComparer.Ordinal);

    private ScoringPlan(QuestionnaireDefinition definition)
    {
        Definition = definition;
        var questions = new List<Question>();
        var themeOfQuestion = new List<int>();
        var themes = new List<QuestionnaireTheme>();
        var themeStart = new List<int>();
        var areaStart = new int[definition.Areas.Count + 1];
        for (var a = 0; a < definition.Areas.Count; a++)
        {
            areaStart[a] = themes.Count;
            foreach (var theme in definition.Areas[a].Themes)
            {
                themeStart.Add(questions.Count);
                foreach (var question in theme.Questions)
                {
                    _questionIndex[question.Id] = questions.Count;
                    questions.Add(question);
                    themeOfQuestion.Add(themes.Count);
                }
                themes.Add(theme);
            }
        }
        areaStart[^1] = themes.Count;
        themeStart.Add(questions.Count);

        Questions = questions.ToArray();
        ThemeOfQuestion = themeOfQuestion.ToArray();
        Themes = themes.ToArray();
        ThemeStart = themeStart.ToArray();
        AreaStart = areaStart;
        Scored = new bool[Questions.Length];
        Statements = new string?[Questions.Length][];
        for (var q = 0; q < Questions.Length; q++)
        {
            var question = Questions[q];
            Scored[q] = question.Kind switch
            {
                QuestionKind.Scale or QuestionKind.YesNo => true,
                QuestionKind.Number => question.Bands is { Count: > 0 },
                QuestionKind.Choice => question.Options is { Count: > 0 } options && options[0].Level is not null,
                _ => false,
            };
            var statements = new string?[5];
            if (question is { Kind: QuestionKind.Scale, Levels: { } levels })
                foreach (var level in levels)
                    if (level.Value is >= 0 and <= 4) statements[level.Value] = level.Statement;
            Statements[q] = statements;
        }
    }

    /// <summary>The plan of a definition, built on first use.</summary>
    public static ScoringPlan For(QuestionnaireDefinition definition) => Cache.GetValue(definition, d => new ScoringPlan(d));

    public QuestionnaireDefinition Definition { get; }

    /// <summary>All questions in definition order.</summary>
    internal Question[] Questions { get; }

    internal int[] ThemeOfQuestion { get; }

    /// <summary>All themes in definition order.</summary>
    internal QuestionnaireTheme[] Themes { get; }

    /// <summary>Theme t owns questions [ThemeStart[t], ThemeStart[t + 1]).</summary>
    internal int[] ThemeStart { get; }

    /// <summary>Area a owns themes [AreaStart[a], AreaStart[a + 1]).</summary>
    internal int[] AreaStart { get; }

    /// <summary>Whether a question enters the scores (scale, yesno, or number/choice mapped to 0–4).</summary>
    internal bool[] Scored { get; }

    /// <summary>Level statements of scale questions, indexed by level value.</summary>
    internal string?[][] Statements { get; }

    public int QuestionCount => Questions.Length;

    public bool TryGetIndex(string questionId, out int index) => _questionIndex.TryGetValue(questionId, out index);

    public Question Question(int index) => Questions[index];

    /// <summary>
    /// The 0–4 level an answer stands for on a scored question: the level itself (scale), 4/0 (yesno),
    /// the option's level (choice) or the band's level (number). False for nd, no answer, unscored questions.
    /// </summary>
    public bool TryLevel(int index, in Answer answer, out double level)
    {
        level = 0;
        if (!Scored[index]) return false;
        var question = Questions[index];
        switch (question.Kind)
        {
            case QuestionKind.Scale when answer.Kind == AnswerKind.Number:
                level = answer.Number;
                return true;
            case QuestionKind.YesNo when answer.Kind == AnswerKind.Boolean:
                level = answer.IsYes ? 4 : 0;
                return true;
            case QuestionKind.Choice when answer.Kind == AnswerKind.Text:
                foreach (var option in question.Options!)
                    if (option.Value == answer.Text && option.Level is { } optionLevel)
                    {
                        level = optionLevel;
                        return true;
                    }
                return false;
            case QuestionKind.Number when answer.Kind == AnswerKind.Number:
                var bands = question.Bands!;
                // Values below the first band take its level: the bands cover the whole line.
                level = bands[0].Level;
                for (var i = 1; i < bands.Count && answer.Number >= bands[i].From; i++) level = bands[i].Level;
                return true;
            default:
                return false;
        }
    }
}
