using Samoocena.Questionnaires.Scoring;

namespace Samoocena.Silo.Grains.Assessments;

/// <summary>
/// One member's response and how far it is (the resume view): own answers, answered/total, the required
/// questions still missing, the response's status (<c>draft</c> or <c>submitted</c>) and the assessment's.
/// </summary>
public sealed record MemberProgress(
    int Version,
    string Status,
    string AssessmentStatus,
    int Answered,
    int Total,
    IReadOnlyList<string> MissingRequired,
    IReadOnlyDictionary<string, Answer> Answers,
    DateTimeOffset? SubmittedAt);
