namespace Samoocena.Questionnaires.Definitions;

/// <summary>
/// One rung of a <c>scale</c> question: its value (0–4), the ladder label (Brak … Doskonalony)
/// and the observable practice at that level for this very question.
/// </summary>
public sealed record ScaleLevel
{
    public int Value { get; init; }

    public string Label { get; init; } = "";

    public string Statement { get; init; } = "";

    /// <summary>The ladder labels of levels 0–4, shared by every scale question.</summary>
    public static IReadOnlyList<string> StandardLabels { get; } =
        ["Brak", "Początkowy", "Zdefiniowany", "Wdrożony i monitorowany", "Doskonalony"];
}
