using Samoocena.Questionnaires.Scoring;

namespace Samoocena.Silo.Grains.Assessments;

/// <summary>
/// One member's response and how far it is (the resume view): own answers, answered/total, the required
/// questions still missing, the response's status (<c>draft</c> or <c>submitted</c>) and the assessment's.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MemberProgress(
    [property: Id(0)] int Version,
    [property: Id(1)] string Status,
    [property: Id(2)] string AssessmentStatus,
    [property: Id(3)] int Answered,
    [property: Id(4)] int Total,
    [property: Id(5)] IReadOnlyList<string> MissingRequired,
    [property: Id(6)] IReadOnlyDictionary<string, Answer> Answers,
    [property: Id(7)] DateTimeOffset? SubmittedAt,
    [property: Id(8)] IReadOnlyDictionary<string, string>? Notes = null);
