using System.Text.Json;
using System.Text.Json.Serialization;
using Samoocena.Silo.Grains.Audit;

namespace Samoocena.Silo.Storage;

/// <summary>
/// Writes an <see cref="AuditEntry"/> of stored state by hand, byte for byte what System.Text.Json's own object
/// converter writes with <see cref="StateJsonSerializer.Json"/> (camelCase names in declaration order, nulls left
/// out, the same writer and escaping): the audit tail is most of an assessment's state, written again on every saved
/// answer, and the reflection-driven converter was ~7 % of a save's CPU (perf, loadtests/README.md). Reading is left
/// to System.Text.Json (<paramref name="plain"/>: the same options without this converter).
/// </summary>
public sealed class AuditEntryJsonConverter(JsonSerializerOptions plain) : JsonConverter<AuditEntry>
{
    private static readonly JsonEncodedText At = JsonEncodedText.Encode("at");
    private static readonly JsonEncodedText User = JsonEncodedText.Encode("user");
    private static readonly JsonEncodedText Action = JsonEncodedText.Encode("action");
    private static readonly JsonEncodedText Target = JsonEncodedText.Encode("target");
    private static readonly JsonEncodedText OldValue = JsonEncodedText.Encode("oldValue");
    private static readonly JsonEncodedText NewValue = JsonEncodedText.Encode("newValue");
    private static readonly JsonEncodedText Detail = JsonEncodedText.Encode("detail");

    public override AuditEntry? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<AuditEntry>(ref reader, plain);

    public override void Write(Utf8JsonWriter writer, AuditEntry value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(At, value.At);
        WriteIfSet(writer, User, value.User);
        WriteIfSet(writer, Action, value.Action);
        WriteIfSet(writer, Target, value.Target);
        WriteIfSet(writer, OldValue, value.OldValue);
        WriteIfSet(writer, NewValue, value.NewValue);
        WriteIfSet(writer, Detail, value.Detail);
        writer.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }
}
