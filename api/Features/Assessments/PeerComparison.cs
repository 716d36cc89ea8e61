using System.Collections;
using System.Collections.Concurrent;
using Samoocena.Questionnaires.Registry;
using Samoocena.Questionnaires.Statistics;
using Samoocena.Silo.Grains.Assessments;

namespace Samoocena.Api.Features.Assessments;

/// <summary>
/// Methodology §2 peer statistics of an assessment's overall and area scores. Peers are the municipalities
/// whose assessment on the same questionnaire is CLOSED (their frozen scores, from the results index); the unit
/// itself always takes part with its current score, closed or not, so a team sees where it would stand.
/// Higher scores are better. Numbers are rounded to 2 decimals for display.
/// </summary>
public static class PeerComparison
{
    public sealed record Result(string Peers, PeerStats Overall, IReadOnlyDictionary<string, PeerStats> Areas);

    /// <summary>
    /// Closed scores per registry position, derived once per index version, and the peer groups chosen from them.
    /// A group depends only on the closed scores of this version, the unit, the selector, the column and whether the
    /// unit itself has a value, so it is chosen once per such key instead of on every read (choosing walks the cell or
    /// the whole category for every column: the largest part of an assessment read's CPU before). At most
    /// <see cref="MaxGroups"/> groups are kept per version; beyond that they are chosen on each read as before.
    /// </summary>
    private sealed class ClosedScores(double?[] overall, Dictionary<string, double?[]> areas)
    {
        public const int MaxGroups = 8192;

        public double?[] Overall { get; } = overall;
        public Dictionary<string, double?[]> Areas { get; } = areas;

        /// <summary>One column with no closed score at all, shared by every area without one.</summary>
        public double?[] NoScores { get; } = new double?[overall.Length];

        public ConcurrentDictionary<(string Teryt, string Selector, string Column, bool OwnHasValue), PeerGroup> Groups { get; } = new();
    }

    /// <summary>The latest closed scores per questionnaire, with the index version they were derived from.</summary>
    private static readonly ConcurrentDictionary<string, (string Version, ClosedScores Scores)> Cache = new(StringComparer.Ordinal);

    public static Result Compute(
        AssessmentView view, PeerSelector selector, QuestionnaireResults index,
        MunicipalityRegistry registry, PeerGroups groups, IReadOnlyCollection<string>? cohort)
    {
        var closed = ClosedScoresOf(index, registry);
        var position = registry.Index[view.Teryt];
        var overall = Stats(view.Teryt, position, view.Score.Overall, closed, "", closed.Overall, selector, groups, cohort);
        var areas = new Dictionary<string, PeerStats>(StringComparer.Ordinal);
        foreach (var area in view.Score.Areas)
        {
            var values = closed.Areas.GetValueOrDefault(area.Id) ?? closed.NoScores;
            areas[area.Id] = Stats(view.Teryt, position, area.Score, closed, area.Id, values, selector, groups, cohort);
        }
        return new Result(selector.ToString(), overall, areas);
    }

    private static PeerStats Stats(string teryt, int position, double? own, ClosedScores scores, string column, double?[] closed,
        PeerSelector selector, PeerGroups groups, IReadOnlyCollection<string>? cohort)
    {
        var values = new WithOwnValue(closed, position, own);
        var group = GroupOf(teryt, selector, values, cohort, scores, column, own.HasValue, groups);
        var peerValues = new double[group.Members.Count];
        for (var i = 0; i < peerValues.Length; i++) peerValues[i] = values[group.Members[i]]!.Value;
        return PeerStatistics.Compute(peerValues, own, higherIsBetter: true, group: group.Id, widened: group.Widened).AsShown();
    }

    /// <summary>
    /// The unit's peer group for one column, remembered per index version. Cohort groups are chosen on every read:
    /// a cohort's members can change while the index does not.
    /// </summary>
    private static PeerGroup GroupOf(string teryt, PeerSelector selector, IReadOnlyList<double?> values, IReadOnlyCollection<string>? cohort,
        ClosedScores scores, string column, bool ownHasValue, PeerGroups groups)
    {
        if (selector.Kind == PeerGroupKind.Cohort) return groups.For(teryt, selector, values, cohort);
        var key = (teryt, selector.ToString(), column, ownHasValue);
        if (scores.Groups.TryGetValue(key, out var group)) return group;
        group = groups.For(teryt, selector, values, cohort);
        if (scores.Groups.Count < ClosedScores.MaxGroups) scores.Groups.TryAdd(key, group);
        return group;
    }

    private static ClosedScores ClosedScoresOf(QuestionnaireResults index, MunicipalityRegistry registry)
    {
        if (Cache.TryGetValue(index.QuestionnaireId, out var cached) && cached.Version == index.Version) return cached.Scores;
        var scores = Collect(index.Assessments, registry);
        Cache[index.QuestionnaireId] = (index.Version, scores);
        return scores;
    }

    private static ClosedScores Collect(IReadOnlyDictionary<string, AssessmentSummary> index, MunicipalityRegistry registry)
    {
        var overall = new double?[registry.All.Count];
        var areas = new Dictionary<string, double?[]>(StringComparer.Ordinal);
        foreach (var (teryt, summary) in index)
        {
            if (!summary.IsClosed || !registry.Index.TryGetValue(teryt, out var i)) continue;
            overall[i] = summary.Overall;
            foreach (var (area, score) in summary.Areas)
            {
                if (!areas.TryGetValue(area, out var column)) areas[area] = column = new double?[registry.All.Count];
                column[i] = score;
            }
        }
        return new ClosedScores(overall, areas);
    }

    /// <summary>The closed scores with the unit's own current score in its place, without copying the array.</summary>
    private sealed class WithOwnValue(double?[] closed, int position, double? own) : IReadOnlyList<double?>
    {
        public double? this[int index] => index == position ? own : closed[index];

        public int Count => closed.Length;

        public IEnumerator<double?> GetEnumerator()
        {
            for (var i = 0; i < closed.Length; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
