using System.Text.Json.Serialization;

namespace Samoocena.Questionnaires.Definitions;

/// <summary>
/// One version of a self-assessment questionnaire: areas → themes → questions (methodology §3).
/// Serialises (with <see cref="QuestionnaireJson.Options"/>) to the shape of <c>GET /api/questionnaires/{id}</c>.
/// </summary>
public sealed record QuestionnaireDefinition
{
    public string Id { get; init; } = "";

    public int Version { get; init; }

    public string Title { get; init; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; init; }

    public IReadOnlyList<QuestionnaireArea> Areas { get; init; } = [];
}
