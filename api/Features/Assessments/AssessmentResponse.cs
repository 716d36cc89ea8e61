using Samoocena.Questionnaires.Definitions;
using Samoocena.Questionnaires.Scoring;
using Samoocena.Silo.Grains.Assessments;

namespace Samoocena.Api.Features.Assessments;

/// <summary>
/// The body of <c>GET /api/assessments/{questionnaireId}/{teryt}</c>. Scores are rounded to 2 decimals for display;
/// <c>level</c> is the maturity level id, <c>levelLabel</c> its Polish name. <c>answers</c> holds the effective
/// value of each question that has one (consensus, else the members' median; "nd" when not applicable).
/// </summary>
public sealed record AssessmentResponse(
    string QuestionnaireId,
    int Version,
    string Title,
    string Teryt,
    string Name,
    string Status,
    bool Demo,
    int Respondents,
    int Submitted,
    DateTimeOffset? ClosedAt,
    IReadOnlyDictionary<string, object> Answers,
    IReadOnlyDictionary<string, Answer> Consensus,
    IReadOnlyList<string> Disagreements,
    AssessmentResponse.ScoreSet Scores,
    PeerComparison.Result? Peers,
    IReadOnlyList<AssessmentResponse.Action> ActionPlan)
{
    /// <summary>The round this assessment belongs to (<c>1</c>: made before rounds existed).</summary>
    public string Round { get; init; } = Samoocena.Silo.Grains.Rounds.AssessmentRound.First;

    public string? RoundTitle { get; init; }

    /// <summary>planned, open or closed today (Europe/Warsaw); saving is possible only while open.</summary>
    public string? RoundStatus { get; init; }

    /// <summary>The gmina's previous closed round and the change since, or null.</summary>
    public ProgressSincePrevious.Block? Previous { get; init; }

    /// <summary>
    /// Each disagreement (same order as <c>disagreements</c>) with whether the team has agreed a value for it
    /// (<c>resolved</c>) and that value (<c>consensus</c>, null when not resolved).
    /// </summary>
    public IReadOnlyList<DisagreementState> DisagreementDetails { get; init; } = [];

    /// <summary>How many of <c>disagreements</c> have a consensus value.</summary>
    public int ResolvedDisagreements => DisagreementDetails.Count(d => d.Resolved);

    public sealed record DisagreementState(string QuestionId, bool Resolved, Answer? Consensus);

    public sealed record ScoreSet(double? Overall, string? Level, string? LevelLabel, IReadOnlyList<Part> Areas, IReadOnlyList<Part> Themes);

    public sealed record Part(string Id, string Title, string? Area, double? Score, string? Level, string? LevelLabel);

    public sealed record Action(
        string ThemeId, string ThemeTitle, double ThemeScore, string QuestionId, string QuestionText,
        double CurrentLevel, int TargetLevel, string TargetLabel, string Statement);

    public static AssessmentResponse From(AssessmentView view, QuestionnaireDefinition definition, string name, PeerComparison.Result? peers)
    {
        var score = view.Score;
        var answers = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var q in score.Questions)
        {
            if (q.NotApplicable) answers[q.QuestionId] = Answer.NotApplicableWord;
            else if (q.Value is { } value) answers[q.QuestionId] = value;
        }
        var areaOfTheme = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var area in definition.Areas)
            foreach (var theme in area.Themes) areaOfTheme[theme.Id] = area.Id;
        var scores = new ScoreSet(
            Samoocena.Questionnaires.Statistics.Scores.AsShown(score.Overall), score.OverallLevel?.Id, score.OverallLevel?.Label,
            score.Areas.Select(a => new Part(a.Id, a.Title, null, Samoocena.Questionnaires.Statistics.Scores.AsShown(a.Score), a.Level?.Id, a.Level?.Label)).ToArray(),
            score.Themes.Select(t => new Part(t.Id, t.Title, areaOfTheme.GetValueOrDefault(t.Id), Samoocena.Questionnaires.Statistics.Scores.AsShown(t.Score), t.Level?.Id, t.Level?.Label)).ToArray());
        var plan = score.ActionPlan.Select(a => new Action(a.ThemeId, a.ThemeTitle, Samoocena.Questionnaires.Statistics.Scores.AsShown(a.ThemeScore), a.QuestionId,
            a.QuestionText, a.CurrentLevel, a.TargetLevel, a.TargetLabel, a.Statement)).ToArray();
        return new AssessmentResponse(view.QuestionnaireId, view.Version, definition.Title, view.Teryt, name, view.Status, view.Demo,
            view.Respondents, view.Submitted, view.ClosedAt, answers, view.Consensus, score.Disagreements, scores, peers, plan)
        {
            DisagreementDetails = score.Disagreements.Select(id => view.Consensus.TryGetValue(id, out var agreed)
                ? new DisagreementState(id, true, agreed) : new DisagreementState(id, false, null)).ToArray(),
        };
    }
}
