namespace Samoocena.Questionnaires.Definitions;

/// <summary>A definition file that cannot be used; carries every problem found, not just the first.</summary>
public sealed class InvalidQuestionnaireException(string source, IReadOnlyList<string> errors)
    : Exception($"Definicja {source} jest nieprawidłowa:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", errors)}")
{
    /// <summary>The file (or other origin) the definition came from.</summary>
    public string File { get; } = source;

    public IReadOnlyList<string> Errors { get; } = errors;
}
