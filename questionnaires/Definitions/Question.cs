using System.Text.Json.Serialization;

namespace Samoocena.Questionnaires.Definitions;

/// <summary>
/// One question. <c>scale</c> questions carry five <see cref="Levels"/> (0–4); <c>yesno</c> scores 4/0;
/// <c>number</c> and <c>choice</c> are scored only when the definition maps them to 0–4
/// (<see cref="Bands"/>, a <see cref="ChoiceOption.Level"/> on every option); <c>text</c> is never scored.
/// </summary>
public sealed record Question
{
    public string Id { get; init; } = "";

    public string Text { get; init; } = "";

    // On the property too: a property converter wins over any enum converter a host adds to its options.
    [JsonConverter(typeof(QuestionKindJsonConverter))]
    public QuestionKind Kind { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ScaleLevel>? Levels { get; init; }

    public bool Required { get; init; } = true;

    public bool AllowNotApplicable { get; init; }

    public double Weight { get; init; } = 1;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Help { get; init; }

    /// <summary>The allowed answers of a <c>choice</c> question.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ChoiceOption>? Options { get; init; }

    /// <summary>Lowest accepted answer of a <c>number</c> question.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Min { get; init; }

    /// <summary>Highest accepted answer of a <c>number</c> question.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Max { get; init; }

    /// <summary>Maps a <c>number</c> answer to a level: the last band whose <c>from</c> is at most the value
    /// (values below the first band take its level). Bands are ascending by <c>from</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<NumberBand>? Bands { get; init; }
}
