using System.Text.Json;
using FluentValidation;

namespace Samoocena.Api.Features.Assessments;

/// <summary>
/// The shape of <c>{answers: {questionId: value}}</c> (save and consensus), checked at the boundary: an object of at most
/// <see cref="MaxAnswers"/> entries. Each value's type varies by question (level, yes/no, "nd", number, text, null), so
/// values stay <see cref="JsonElement"/>; the assessment grain checks them against the pinned definition version.
/// </summary>
public static class AnswersRules
{
    public const int MaxAnswers = 1000;

    public static void Answers<T>(this IRuleBuilder<T, JsonElement> rule) =>
        rule.Custom((answers, context) =>
        {
            if (answers.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
                context.AddFailure("answers", "Treść żądania musi mieć postać {\"answers\": {\"<id pytania>\": wartość}}.");
            else if (answers.ValueKind != JsonValueKind.Object)
                context.AddFailure("answers", "Pole answers musi być obiektem {\"<id pytania>\": wartość}.");
            else if (answers.EnumerateObject().Take(MaxAnswers + 1).Count() > MaxAnswers)
                context.AddFailure("answers", $"Jedno żądanie może zawierać najwyżej {MaxAnswers} odpowiedzi.");
        });

    /// <summary>The validated answers as the grain takes them (the last of repeated ids wins, as before).</summary>
    public static IReadOnlyDictionary<string, JsonElement> ToDictionary(JsonElement answers)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in answers.EnumerateObject()) result[property.Name] = property.Value;
        return result;
    }
}
