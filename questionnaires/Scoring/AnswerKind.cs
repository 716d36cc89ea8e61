namespace Samoocena.Questionnaires.Scoring;

/// <summary>What an answer holds; <see cref="None"/> is only the default value of <see cref="Answer"/> (no answer).</summary>
public enum AnswerKind
{
    None = 0,
    Number,
    Boolean,
    NotApplicable,
    Text,
}
