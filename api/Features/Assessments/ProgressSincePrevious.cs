using Samoocena.Api.Features.Rounds;
using Samoocena.Questionnaires.Scoring;
using Samoocena.Questionnaires.Statistics;
using Samoocena.Silo.Caching;
using Samoocena.Silo.Grains.Assessments;
using Samoocena.Silo.Grains.Rounds;

namespace Samoocena.Api.Features.Assessments;

/// <summary>
/// The <c>previous</c> block of an assessment: the gmina's result in its previous CLOSED round (the most recent closed
/// round before this one in which the gmina has an assessment) and the change since. Every score and delta is shown by
/// <see cref="Scores.AsShown(double?)"/>: delta = shown score − shown previous score, itself shown. Areas and themes are
/// those of this round's definition, matched by id (a theme missing from the previous version has no previous score).
/// An earlier action is reached when this round's team value of its question is at least its target level.
/// </summary>
public static class ProgressSincePrevious
{
    public sealed record Block(
        string Round, string Title, double? Overall, double? Delta, string? Level, string? LevelLabel,
        IReadOnlyList<Part> Areas, IReadOnlyList<Part> Themes, IReadOnlyList<Action> ActionPlan);

    public sealed record Part(string Id, double? Score, double? Delta, string? Level, string? LevelLabel);

    public sealed record Action(string QuestionId, string ThemeId, int TargetLevel, string TargetLabel, string Statement, double? Current, bool Reached);

    /// <summary>The previous closed round in which the gmina has a started assessment, and that assessment.</summary>
    public sealed record Earlier(AssessmentRound Round, AssessmentView View);

    /// <summary>What the block is made of besides the current result (null: no previous closed round).</summary>
    public static async Task<Earlier?> FindAsync(IGrainFactory grains, ResultsIndexCache indexes, string questionnaireId, string teryt,
        RoundQuery.Resolved round)
    {
        foreach (var earlier in round.All.ClosedBefore(round.Round.Id, round.Today))
        {
            var index = await indexes.GetAsync(AssessmentKey.ResultsKeyOf(questionnaireId, earlier.Id));
            if (!index.Assessments.ContainsKey(teryt)) continue;
            var previous = await grains.GetGrain<IAssessmentGrain>(new AssessmentKey(questionnaireId, teryt, earlier.Id).ToString()).GetAsync();
            if (!previous.Started) continue;
            return new Earlier(earlier, previous);
        }
        return null;
    }

    /// <summary>The block of <paramref name="current"/> against what <see cref="FindAsync"/> found.</summary>
    public static Block? Of(Earlier? earlier, AssessmentView current) =>
        earlier is null ? null : Compare(earlier.Round.Id, earlier.Round.Title, earlier.View.Score, current.Score);

    /// <summary>Pure: the block from the previous and the current §3 results.</summary>
    public static Block Compare(string round, string title, AssessmentScore previous, AssessmentScore current)
    {
        var areas = previous.Areas.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var themes = previous.Themes.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var values = current.Questions.ToDictionary(q => q.QuestionId, StringComparer.Ordinal);
        return new Block(round, title,
            Scores.AsShown(previous.Overall), Delta(current.Overall, previous.Overall), previous.OverallLevel?.Id, previous.OverallLevel?.Label,
            current.Areas.Select(a => PartOf(a.Id, a.Score, areas.GetValueOrDefault(a.Id) is { } p ? (p.Score, p.Level) : (null, null))).ToArray(),
            current.Themes.Select(t => PartOf(t.Id, t.Score, themes.GetValueOrDefault(t.Id) is { } p ? (p.Score, p.Level) : (null, null))).ToArray(),
            previous.ActionPlan.Select(a =>
            {
                var now = values.GetValueOrDefault(a.QuestionId) is { NotApplicable: false, Value: { } v } ? v : (double?)null;
                return new Action(a.QuestionId, a.ThemeId, a.TargetLevel, a.TargetLabel, a.Statement, now, now >= a.TargetLevel);
            }).ToArray());
    }

    /// <summary>Shown score minus shown previous score, shown; null when either is missing.</summary>
    public static double? Delta(double? current, double? previous) =>
        Scores.AsShown(current) is { } c && Scores.AsShown(previous) is { } p ? Scores.AsShown(c - p) : null;

    private static Part PartOf(string id, double? current, (double? Score, MaturityLevel? Level) previous) =>
        new(id, Scores.AsShown(previous.Score), Delta(current, previous.Score), previous.Level?.Id, previous.Level?.Label);
}
