namespace Samoocena.Silo.Grains.Rounds;

/// <summary>
/// Every round of one questionnaire, oldest first: by first day (round <c>1</c> of an upgraded database, undated,
/// comes first), then in the order they were opened. "Latest" means last in this order.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QuestionnaireRounds([property: Id(0)] string QuestionnaireId, [property: Id(1)] IReadOnlyList<AssessmentRound> Rounds)
{
    public AssessmentRound? Find(string id) => Rounds.FirstOrDefault(r => r.Id == id);

    /// <summary>The round used when a request names none: the latest open round, else the latest.</summary>
    public AssessmentRound Default(DateOnly today) =>
        Rounds.LastOrDefault(r => r.StatusOn(today) == RoundStatus.Open) ?? Rounds[^1];

    /// <summary>The closed rounds before <paramref name="id"/>, the most recent first.</summary>
    public IEnumerable<AssessmentRound> ClosedBefore(string id, DateOnly today)
    {
        var index = Rounds.ToList().FindIndex(r => r.Id == id);
        for (var i = index - 1; i >= 0; i--)
            if (Rounds[i].StatusOn(today) == RoundStatus.Closed) yield return Rounds[i];
    }

    /// <summary>Orders stored rounds (creation order) as described above; adds the implicit round <c>1</c> when none is stored.</summary>
    public static QuestionnaireRounds Of(string questionnaireId, IReadOnlyList<AssessmentRound> stored)
    {
        var rounds = stored.Count == 0 || stored.All(r => r.Id != AssessmentRound.First)
            ? [AssessmentRound.Implicit(), .. stored]
            : stored.ToList();
        var ordered = rounds.Select((r, i) => (r, i))
            .OrderBy(p => p.r.OpensOn ?? DateOnly.MinValue).ThenBy(p => p.i).Select(p => p.r).ToArray();
        return new QuestionnaireRounds(questionnaireId, ordered);
    }
}
