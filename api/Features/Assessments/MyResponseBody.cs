using Samoocena.Questionnaires.Scoring;
using Samoocena.Silo.Grains.Assessments;

namespace Samoocena.Api.Features.Assessments;

/// <summary>
/// A member's own response: <c>{answered, total, status}</c> of api.md (status of the response: <c>draft</c> or
/// <c>submitted</c>) plus the assessment's status, the pinned version, the answers and the required questions still missing.
/// </summary>
public sealed record MyResponseBody(
    string QuestionnaireId,
    string Teryt,
    int Version,
    int Answered,
    int Total,
    string Status,
    string AssessmentStatus,
    IReadOnlyList<string> MissingRequired,
    IReadOnlyDictionary<string, Answer> Answers,
    DateTimeOffset? SubmittedAt)
{
    /// <summary>The member's notes by question id (evidence, ≤ 2,000 characters each); <c>{}</c> when none.</summary>
    public IReadOnlyDictionary<string, string> Notes { get; init; } = new Dictionary<string, string>();

    public static MyResponseBody From(string questionnaireId, string teryt, MemberProgress p) =>
        new(questionnaireId, teryt, p.Version, p.Answered, p.Total, p.Status, p.AssessmentStatus, p.MissingRequired, p.Answers, p.SubmittedAt)
        {
            Notes = p.Notes ?? new Dictionary<string, string>(),
        };
}
