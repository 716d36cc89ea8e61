namespace Samoocena.Questionnaires.Scoring;

/// <summary>
/// The municipality's value for one question: <see cref="Value"/> on 0–4 (consensus, else the members'
/// median), or <see cref="NotApplicable"/>, or neither when nobody answered or the question is not scored.
/// </summary>
/// <param name="Respondents">Submitted members who answered it (nd included).</param>
/// <param name="Disagreement">Members' levels differ by 2 or more, whether or not a consensus is set.</param>
public sealed record QuestionOutcome(
    string QuestionId,
    bool Scored,
    double? Value,
    bool NotApplicable,
    bool FromConsensus,
    int Respondents,
    bool Disagreement);
