using System.Text.Json;

namespace Samoocena.Questionnaires.Definitions;

/// <summary>The JSON settings of definition files and of the API: web defaults (camelCase, case-insensitive reads).</summary>
public static class QuestionnaireJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
