using Samoocena.Questionnaires.Scoring;

namespace Samoocena.Silo.Grains.Assessments;

/// <summary>
/// A municipality's assessment as its team and coordinators read it: status, team size, the agreed values
/// and the methodology §3 result of the submitted responses (unrounded; the API rounds for display).
/// Immutable; the score inside is cached by the grain until something that can change it happens.
/// </summary>
/// <param name="Version">The definition version the assessment is pinned to (the latest when not started).</param>
/// <param name="Respondents">Members who saved at least one answer.</param>
/// <param name="Round">The round (<c>1</c>: the assessments made before rounds existed).</param>
/// <param name="Submitted">Members whose submitted responses enter <see cref="Score"/>.</param>
[GenerateSerializer, Immutable]
public sealed record AssessmentView(
    [property: Id(0)] string QuestionnaireId,
    [property: Id(1)] string Teryt,
    [property: Id(2)] int Version,
    [property: Id(3)] bool Started,
    [property: Id(4)] string Status,
    [property: Id(5)] int Respondents,
    [property: Id(6)] int Submitted,
    [property: Id(7)] IReadOnlyDictionary<string, Answer> Consensus,
    [property: Id(8)] AssessmentScore Score,
    [property: Id(9)] DateTimeOffset? ClosedAt,
    [property: Id(10)] string? ClosedBy,
    [property: Id(11)] bool Demo,
    [property: Id(12)] string Round = Rounds.AssessmentRound.First);
