namespace Samoocena.Silo.Grains.Assessments;

/// <summary>
/// One member's response as the team and coordinators see it at the consensus step: answers, notes, how far it is
/// and whether it was submitted. <see cref="Status"/> is <c>draft</c> or <c>submitted</c>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MemberAnswers(
    [property: Id(0)] string Login,
    [property: Id(1)] string Status,
    [property: Id(2)] int Answered,
    [property: Id(3)] int Total,
    [property: Id(4)] DateTimeOffset? SubmittedAt,
    [property: Id(5)] IReadOnlyDictionary<string, Samoocena.Questionnaires.Scoring.Answer> Answers,
    [property: Id(6)] IReadOnlyDictionary<string, string> Notes);
