using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samoocena.Questionnaires.Definitions;

/// <summary>
/// Reading of the definition files under definitions/ (embedded): strict JSON options, the embedded
/// text, and parsing that turns every problem into one <see cref="InvalidDataException"/> in Polish.
/// </summary>
public static class DefinitionFile
{
    /// <summary>Strict options: unknown fields and missing required ones are errors, comments allowed.</summary>
    public static JsonSerializerOptions StrictOptions() => new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // A missing or null required field fails parsing instead of leaving a null behind a non-nullable property.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The text of the embedded definitions/&lt;id&gt;.json; <paramref name="what"/> names the kind in errors.</summary>
    public static string ReadEmbedded(string id, string what)
    {
        var name = $"definitions/{id}.json";
        using var stream = typeof(DefinitionFile).Assembly.GetManifestResourceStream(name)
            ?? throw new KeyNotFoundException($"Brak {what} '{id}' ({name}).");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Deserialises <paramref name="json"/> and checks it with <paramref name="validate"/>; throws
    /// <see cref="InvalidDataException"/> naming <paramref name="what"/> (e.g. "definicji rankingu").
    /// </summary>
    public static T Parse<T>(string json, JsonSerializerOptions options, string what, Func<T, IReadOnlyList<string>> validate)
        where T : class
    {
        T value;
        try
        {
            value = JsonSerializer.Deserialize<T>(json, options) ?? throw new InvalidDataException($"Pusty plik {what}.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Niepoprawny JSON {what}: {e.Message}", e);
        }
        var errors = validate(value);
        if (errors.Count > 0)
            throw new InvalidDataException($"Plik {what} jest niepoprawny:\n" + string.Join("\n", errors));
        return value;
    }
}
