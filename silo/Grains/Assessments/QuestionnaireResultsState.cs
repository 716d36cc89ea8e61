namespace Samoocena.Silo.Grains.Assessments;

/// <summary>Stored summaries of one questionnaire's assessments, by TERYT.</summary>
[GenerateSerializer]
public sealed class QuestionnaireResultsState
{
    [Id(0)] public Dictionary<string, AssessmentSummary> Assessments { get; set; } = new(StringComparer.Ordinal);
}
