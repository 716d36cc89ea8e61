namespace Samoocena.Silo.Grains.Assessments;

/// <summary>
/// Every known assessment of one questionnaire by TERYT, as of <see cref="Version"/> (the stored state's version:
/// it changes with every change, on every node). Immutable: Orleans hands it over without copying in-process, and
/// callers cache work derived from it by (questionnaire, version).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QuestionnaireResults(
    [property: Id(0)] string QuestionnaireId,
    [property: Id(1)] string Version,
    [property: Id(2)] IReadOnlyDictionary<string, AssessmentSummary> Assessments);
