namespace Samoocena.Questionnaires.Scoring;

/// <summary>
/// The answers of one request after checking: <see cref="Values"/> holds the valid ones (null = clear
/// the answer), <see cref="Errors"/> maps <c>answers.&lt;questionId&gt;</c> to Polish messages.
/// </summary>
public sealed record ParsedAnswers(
    IReadOnlyDictionary<string, Answer?> Values,
    IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
