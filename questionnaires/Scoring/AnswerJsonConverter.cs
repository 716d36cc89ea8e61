using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samoocena.Questionnaires.Scoring;

/// <summary>Writes an <see cref="Answer"/> as the bare JSON value of the API (3, true, "nd", "tekst") and reads it back.</summary>
public sealed class AnswerJsonConverter : JsonConverter<Answer>
{
    public override Answer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => Answer.Of(reader.GetDouble()),
        JsonTokenType.True => Answer.Yes,
        JsonTokenType.False => Answer.No,
        JsonTokenType.String => Answer.Of(reader.GetString()!),
        _ => throw new JsonException($"Odpowiedź musi być liczbą, true/false albo tekstem, jest {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, Answer value, JsonSerializerOptions options)
    {
        switch (value.Kind)
        {
            case AnswerKind.Number: writer.WriteNumberValue(value.Number); break;
            case AnswerKind.Boolean: writer.WriteBooleanValue(value.IsYes); break;
            case AnswerKind.NotApplicable: writer.WriteStringValue(Answer.NotApplicableWord); break;
            case AnswerKind.Text: writer.WriteStringValue(value.Text); break;
            default: writer.WriteNullValue(); break;
        }
    }
}
