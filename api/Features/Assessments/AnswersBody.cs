using System.Text.Json;
using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Api.Features.Assessments;

/// <summary>Reads the <c>{answers: {questionId: value}}</c> body of a save or consensus request (422 naming <c>answers</c>).</summary>
public static class AnswersBody
{
    public const int MaxAnswers = 1000;

    public static IReadOnlyDictionary<string, JsonElement> Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("answers", out var answers) && !body.TryGetProperty("Answers", out answers))
            throw new ValidationException("answers", "Treść żądania musi mieć postać {\"answers\": {\"<id pytania>\": wartość}}.");
        if (answers.ValueKind != JsonValueKind.Object)
            throw new ValidationException("answers", "Pole answers musi być obiektem {\"<id pytania>\": wartość}.");
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in answers.EnumerateObject())
        {
            if (result.Count >= MaxAnswers)
                throw new ValidationException("answers", $"Jedno żądanie może zawierać najwyżej {MaxAnswers} odpowiedzi.");
            result[property.Name] = property.Value;
        }
        return result;
    }
}
