using Samoocena.Questionnaires.Scoring;

namespace Samoocena.Silo.Grains.Assessments;

/// <summary>
/// A municipality's assessment as its team and coordinators read it: status, team size, the agreed values
/// and the methodology §3 result of the submitted responses (unrounded; the API rounds for display).
/// Immutable; the score inside is cached by the grain until something that can change it happens.
/// </summary>
/// <param name="Version">The definition version the assessment is pinned to (the latest when not started).</param>
/// <param name="Respondents">Members who saved at least one answer.</param>
/// <param name="Submitted">Members whose submitted responses enter <see cref="Score"/>.</param>
public sealed record AssessmentView(
    string QuestionnaireId,
    string Teryt,
    int Version,
    bool Started,
    string Status,
    int Respondents,
    int Submitted,
    IReadOnlyDictionary<string, Answer> Consensus,
    AssessmentScore Score,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    bool Demo);
