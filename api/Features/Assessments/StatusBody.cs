using Samoocena.Questionnaires.Scoring;
using Samoocena.Silo.Grains.Assessments;

namespace Samoocena.Api.Features.Assessments;

/// <summary>The answer to consensus, close and reopen: the assessment's status and team counts, the consensus and the disagreements.</summary>
public sealed record StatusBody(
    string QuestionnaireId,
    string Teryt,
    int Version,
    string Status,
    int Respondents,
    int Submitted,
    DateTimeOffset? ClosedAt,
    IReadOnlyDictionary<string, Answer> Consensus,
    IReadOnlyList<string> Disagreements)
{
    public static StatusBody From(AssessmentView v) =>
        new(v.QuestionnaireId, v.Teryt, v.Version, v.Status, v.Respondents, v.Submitted, v.ClosedAt, v.Consensus, v.Score.Disagreements);
}
