namespace Samoocena.Questionnaires.Definitions;

/// <summary>A top-level aim of the questionnaire (e.g. A Rozwój lokalny), scored as the weighted mean of its themes.</summary>
public sealed record QuestionnaireArea
{
    public string Id { get; init; } = "";

    public string Title { get; init; } = "";

    public double Weight { get; init; } = 1;

    public IReadOnlyList<QuestionnaireTheme> Themes { get; init; } = [];
}
