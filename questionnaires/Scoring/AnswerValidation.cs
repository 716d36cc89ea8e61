using System.Globalization;
using System.Text.Json;
using Samoocena.Questionnaires.Definitions;

namespace Samoocena.Questionnaires.Scoring;

/// <summary>
/// Checks the <c>{questionId: value}</c> map of a save or consensus request against a definition.
/// Errors are keyed <c>answers.&lt;questionId&gt;</c> and say, in Polish, which value was refused and what is allowed.
/// </summary>
public static class AnswerValidation
{
    /// <summary>Longest accepted text answer, in characters.</summary>
    public const int MaxTextLength = 4000;

    public static IReadOnlyDictionary<string, string[]> Validate(
        QuestionnaireDefinition definition, IReadOnlyDictionary<string, JsonElement> answers) =>
        Parse(definition, answers).Errors;

    /// <summary>Parses every answer; a JSON null clears the answer and is always valid.</summary>
    public static ParsedAnswers Parse(QuestionnaireDefinition definition, IReadOnlyDictionary<string, JsonElement> answers)
    {
        var plan = ScoringPlan.For(definition);
        var values = new Dictionary<string, Answer?>(answers.Count, StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (questionId, element) in answers)
        {
            if (!plan.TryGetIndex(questionId, out var index))
            {
                errors[Field(questionId)] = [$"Nieznane pytanie „{questionId}” w kwestionariuszu {definition.Id} (wersja {definition.Version})."];
                continue;
            }
            if (TryParse(plan.Question(index), element, out var answer, out var error)) values[questionId] = answer;
            else errors[Field(questionId)] = [error];
        }
        return new ParsedAnswers(values, errors);
    }

    public static string Field(string questionId) => $"answers.{questionId}";

    /// <summary>Reads one JSON value as an answer to <paramref name="question"/>; null means "clear".</summary>
    public static bool TryParse(Question question, JsonElement value, out Answer? answer, out string error)
    {
        answer = null;
        error = "";
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return true;
        if (value.ValueKind == JsonValueKind.String && value.GetString() == Answer.NotApplicableWord)
        {
            if (question.AllowNotApplicable)
            {
                answer = Answer.NotApplicable;
                return true;
            }
            error = $"Pytanie {question.Id} nie dopuszcza odpowiedzi „nd” (nie dotyczy).";
            return false;
        }
        var nd = question.AllowNotApplicable ? " albo „nd”" : "";
        switch (question.Kind)
        {
            case QuestionKind.Scale:
                if (value.ValueKind != JsonValueKind.Number)
                {
                    error = $"Pytanie {question.Id} wymaga poziomu 0–4{nd}, otrzymano {Describe(value)}.";
                    return false;
                }
                var level = value.GetDouble();
                if (level is < 0 or > 4 || level != Math.Floor(level))
                {
                    error = $"Wartość {Format(level)} jest poza zakresem pytania {question.Id}: dozwolone poziomy to liczby całkowite 0–4{nd}.";
                    return false;
                }
                answer = Answer.Of(level);
                return true;

            case QuestionKind.YesNo:
                if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    answer = Answer.Of(value.GetBoolean());
                    return true;
                }
                error = $"Pytanie {question.Id} wymaga odpowiedzi true (tak) albo false (nie){nd}, otrzymano {Describe(value)}.";
                return false;

            case QuestionKind.Number:
                if (value.ValueKind != JsonValueKind.Number || !double.IsFinite(value.GetDouble()))
                {
                    error = $"Pytanie {question.Id} wymaga liczby{nd}, otrzymano {Describe(value)}.";
                    return false;
                }
                var number = value.GetDouble();
                if (number < (question.Min ?? double.NegativeInfinity) || number > (question.Max ?? double.PositiveInfinity))
                {
                    error = $"Wartość {Format(number)} jest poza zakresem pytania {question.Id}: dozwolone {Range(question)}.";
                    return false;
                }
                answer = Answer.Of(number);
                return true;

            case QuestionKind.Choice:
                var options = question.Options ?? [];
                if (value.ValueKind == JsonValueKind.String)
                {
                    var chosen = value.GetString()!;
                    foreach (var option in options)
                        if (option.Value == chosen)
                        {
                            answer = Answer.Of(chosen);
                            return true;
                        }
                }
                var allowed = new string[options.Count];
                for (var i = 0; i < allowed.Length; i++) allowed[i] = $"„{options[i].Value}”";
                error = $"Odpowiedź {Describe(value)} nie jest opcją pytania {question.Id}; dozwolone: {string.Join(", ", allowed)}{nd}.";
                return false;

            case QuestionKind.Text:
                if (value.ValueKind != JsonValueKind.String)
                {
                    error = $"Pytanie {question.Id} wymaga tekstu, otrzymano {Describe(value)}.";
                    return false;
                }
                var text = value.GetString()!;
                if (text.Length > MaxTextLength)
                {
                    error = $"Odpowiedź na pytanie {question.Id} ma {text.Length} znaków; dozwolone najwyżej {MaxTextLength}.";
                    return false;
                }
                answer = Answer.Of(text);
                return true;

            default:
                error = $"Pytanie {question.Id} ma nieznany rodzaj.";
                return false;
        }
    }

    private static string Range(Question question) => (question.Min, question.Max) switch
    {
        ({ } min, { } max) => $"od {Format(min)} do {Format(max)}",
        ({ } min, null) => $"co najmniej {Format(min)}",
        (null, { } max) => $"najwyżej {Format(max)}",
        _ => "dowolna liczba",
    };

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"tekst „{Shorten(value.GetString()!)}”",
        JsonValueKind.Number => $"liczbę {value.GetRawText()}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => "listę",
        JsonValueKind.Object => "obiekt",
        _ => value.ValueKind.ToString(),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
