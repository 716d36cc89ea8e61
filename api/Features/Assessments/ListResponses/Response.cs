using Samoocena.Questionnaires.Scoring;

namespace Samoocena.Api.Features.Assessments.ListResponses;

/// <summary>
/// One team member's own response: <c>status</c> <c>draft</c> or <c>submitted</c>, <c>answered</c> of <c>total</c>,
/// the answers and notes by question id.
/// </summary>
public sealed record Response(
    string Login,
    string? DisplayName,
    string Status,
    int Answered,
    int Total,
    DateTimeOffset? SubmittedAt,
    IReadOnlyDictionary<string, Answer> Answers,
    IReadOnlyDictionary<string, string> Notes);
