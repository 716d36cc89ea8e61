using System.Text.Json.Serialization;

namespace Samoocena.Questionnaires.Definitions;

/// <summary>
/// How a question is answered. Written in JSON as <c>scale|yesno|number|choice|text</c>;
/// an unknown word reads as <see cref="Unknown"/> so that the validator can report it with the others.
/// </summary>
[JsonConverter(typeof(QuestionKindJsonConverter))]
public enum QuestionKind
{
    Unknown = 0,
    Scale,
    YesNo,
    Number,
    Choice,
    Text,
}
