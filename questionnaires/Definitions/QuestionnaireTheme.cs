namespace Samoocena.Questionnaires.Definitions;

/// <summary>A theme of an area (e.g. T1 Planowanie strategiczne rozwoju); the unit the action plan works on.</summary>
public sealed record QuestionnaireTheme
{
    public string Id { get; init; } = "";

    public string Title { get; init; } = "";

    public double Weight { get; init; } = 1;

    public IReadOnlyList<Question> Questions { get; init; } = [];
}
