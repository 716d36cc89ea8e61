using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samoocena.Questionnaires.Definitions;

/// <summary>Reads and writes <see cref="QuestionKind"/> as the lower-case words of the file format.</summary>
public sealed class QuestionKindJsonConverter : JsonConverter<QuestionKind>
{
    public override QuestionKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()) : QuestionKind.Unknown;

    public override void Write(Utf8JsonWriter writer, QuestionKind value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Name(value));

    public static QuestionKind Parse(string? word) => word switch
    {
        "scale" => QuestionKind.Scale,
        "yesno" => QuestionKind.YesNo,
        "number" => QuestionKind.Number,
        "choice" => QuestionKind.Choice,
        "text" => QuestionKind.Text,
        _ => QuestionKind.Unknown,
    };

    public static string Name(QuestionKind kind) => kind switch
    {
        QuestionKind.Scale => "scale",
        QuestionKind.YesNo => "yesno",
        QuestionKind.Number => "number",
        QuestionKind.Choice => "choice",
        QuestionKind.Text => "text",
        _ => "unknown",
    };
}
