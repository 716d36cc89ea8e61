using System.Text.Json.Serialization;

namespace Samoocena.Questionnaires.Definitions;

/// <summary>An allowed answer of a <c>choice</c> question; <see cref="Level"/> (0–4) makes the question scored.</summary>
public sealed record ChoiceOption
{
    public string Value { get; init; } = "";

    public string Label { get; init; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Level { get; init; }
}
