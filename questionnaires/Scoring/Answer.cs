using System.Globalization;
using System.Text.Json.Serialization;

namespace Samoocena.Questionnaires.Scoring;

/// <summary>
/// One answer as the API carries it: a number (a scale level 0–4 or a <c>number</c> answer),
/// true/false (<c>yesno</c>), <c>"nd"</c> (nie dotyczy) or a string (<c>choice</c>, <c>text</c>).
/// The question's kind gives it meaning; <see cref="AnswerValidation"/> checks that they fit.
/// Serialises to the bare JSON value, so stored answers read back without the definition.
/// </summary>
[JsonConverter(typeof(AnswerJsonConverter))]
public readonly record struct Answer
{
    /// <summary>The answer word for "nie dotyczy" (not applicable); a string answer equal to it always means that.</summary>
    public const string NotApplicableWord = "nd";

    private Answer(AnswerKind kind, double number, string? text)
    {
        Kind = kind;
        Number = number;
        Text = text;
    }

    public AnswerKind Kind { get; }

    /// <summary>The value of a <see cref="AnswerKind.Number"/> answer; 1 or 0 for yes or no.</summary>
    public double Number { get; }

    /// <summary>The value of a <see cref="AnswerKind.Text"/> answer.</summary>
    public string? Text { get; }

    public bool IsNotApplicable => Kind == AnswerKind.NotApplicable;

    public bool IsYes => Kind == AnswerKind.Boolean && Number == 1;

    public static Answer NotApplicable { get; } = new(AnswerKind.NotApplicable, 0, null);

    public static Answer Yes { get; } = new(AnswerKind.Boolean, 1, null);

    public static Answer No { get; } = new(AnswerKind.Boolean, 0, null);

    public static Answer Of(double number) => new(AnswerKind.Number, number, null);

    public static Answer Of(bool yes) => yes ? Yes : No;

    public static Answer Of(string text) =>
        text == NotApplicableWord ? NotApplicable : new(AnswerKind.Text, 0, text);

    public override string ToString() => Kind switch
    {
        AnswerKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        AnswerKind.Boolean => IsYes ? "true" : "false",
        AnswerKind.NotApplicable => NotApplicableWord,
        AnswerKind.Text => Text ?? "",
        _ => "",
    };
}
