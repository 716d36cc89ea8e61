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

    public static IRuleBuilderOptionsConditions<T, JsonElement> Answers<T>(this IRuleBuilder<T, JsonElement> rule) =>
        rule.Custom((answers, context) =>
        {
            if (answers.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
                context.AddFailure("answers", "Treść żądania musi mieć postać {\"answers\": {\"<id pytania>\": wartość}}.");
            else if (answers.ValueKind != JsonValueKind.Object)
                context.AddFailure("answers", "Pole answers musi być obiektem {\"<id pytania>\": wartość}.");
            else if (answers.EnumerateObject().Take(MaxAnswers + 1).Count() > MaxAnswers)
                context.AddFailure("answers", $"Jedno żądanie może zawierać najwyżej {MaxAnswers} odpowiedzi.");
        });

    /// <summary>
    /// <c>notes: {questionId: text or null}</c>, optional: an object of at most <see cref="MaxAnswers"/> entries, each a
    /// text of at most <see cref="Samoocena.Silo.Grains.Assessments.NoteRules.MaxLength"/> characters or null (clears).
    /// Unknown question ids are refused by the grain (it knows the pinned version).
    /// </summary>
    public static void Notes<T>(this IRuleBuilder<T, JsonElement> rule) =>
        rule.Custom((notes, context) =>
        {
            if (notes.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null) return;
            if (notes.ValueKind != JsonValueKind.Object)
            {
                context.AddFailure("notes", "Pole notes musi być obiektem {\"<id pytania>\": \"tekst notatki\"}.");
                return;
            }
            var count = 0;
            foreach (var note in notes.EnumerateObject())
            {
                if (++count > MaxAnswers)
                {
                    context.AddFailure("notes", $"Jedno żądanie może zawierać najwyżej {MaxAnswers} notatek.");
                    return;
                }
                var field = Samoocena.Silo.Grains.Assessments.NoteRules.Field(note.Name);
                if (note.Value.ValueKind == JsonValueKind.Null) continue;
                if (note.Value.ValueKind != JsonValueKind.String)
                    context.AddFailure(field, $"Notatka do pytania {note.Name} musi być tekstem albo null (usuwa notatkę).");
                else if (note.Value.GetString()!.Trim().Length is var length && length > Samoocena.Silo.Grains.Assessments.NoteRules.MaxLength)
                    context.AddFailure(field, Samoocena.Silo.Grains.Assessments.NoteRules.TooLong(note.Name, length));
            }
        });

    /// <summary>The validated notes as the grain takes them (absent: none).</summary>
    public static IReadOnlyDictionary<string, string?> NotesToDictionary(JsonElement notes)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (notes.ValueKind != JsonValueKind.Object) return result;
        foreach (var property in notes.EnumerateObject())
            result[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
        return result;
    }

    /// <summary>The validated answers as the grain takes them (the last of repeated ids wins, as before).</summary>
    public static IReadOnlyDictionary<string, JsonElement> ToDictionary(JsonElement answers)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (answers.ValueKind != JsonValueKind.Object) return result;
        foreach (var property in answers.EnumerateObject()) result[property.Name] = property.Value;
        return result;
    }
}
