using System.Text.Json;

namespace Samoocena.Questionnaires.Definitions;

/// <summary>Reads one definition file; files of other types (indicators, rankings, awards) are not questionnaires.</summary>
public static class QuestionnaireReader
{
    public const string FileType = "questionnaire";

    /// <summary>
    /// Returns the validated questionnaire, or null when the file's top-level <c>type</c> is not
    /// <c>questionnaire</c>. Throws <see cref="InvalidQuestionnaireException"/> listing every problem.
    /// </summary>
    public static QuestionnaireDefinition? Read(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InvalidQuestionnaireException(source, [$"To nie jest poprawny JSON: {e.Message}"]);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String
                || type.GetString() != FileType)
                return null;

            QuestionnaireDefinition? definition;
            try
            {
                definition = root.Deserialize<QuestionnaireDefinition>(QuestionnaireJson.Options);
            }
            catch (JsonException e)
            {
                throw new InvalidQuestionnaireException(source, [$"Nieprawidłowa struktura w {e.Path}: {e.Message}"]);
            }
            if (definition is null) throw new InvalidQuestionnaireException(source, ["Plik jest pusty."]);
            var errors = QuestionnaireValidator.Validate(definition);
            if (errors.Count > 0) throw new InvalidQuestionnaireException(source, errors);
            return definition;
        }
    }
}
