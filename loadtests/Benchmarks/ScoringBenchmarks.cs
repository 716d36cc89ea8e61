using BenchmarkDotNet.Attributes;
using Samoocena.Questionnaires.Definitions;
using Samoocena.Questionnaires.Scoring;

namespace Samoocena.LoadTests.Benchmarks;

/// <summary>
/// Scoring one assessment (a team of three members, every question answered) against the floor: a plain loop
/// summing the same answers (dictionary look-ups included). Target: scoring ≤ 10× the loop.
/// </summary>
public class ScoringBenchmarks
{
    private QuestionnaireDefinition _definition = null!;
    private IReadOnlyList<IReadOnlyDictionary<string, Answer>> _team = null!;
    private string[] _questionIds = null!;

    [GlobalSetup]
    public void Setup()
    {
        _definition = QuestionnaireCatalog.Load().Latest("samoocena")!;
        var questions = _definition.Areas.SelectMany(a => a.Themes).SelectMany(t => t.Questions).ToArray();
        _questionIds = questions.Select(q => q.Id).ToArray();
        _team = Enumerable.Range(0, 3).Select(member => (IReadOnlyDictionary<string, Answer>)questions
            .Select((q, i) => (q.Id, Answer: AnswerFor(q, member + i)))
            .ToDictionary(p => p.Id, p => p.Answer, StringComparer.Ordinal)).ToArray();
    }

    private static Answer AnswerFor(Question q, int seed) => q.Kind switch
    {
        QuestionKind.Scale => Answer.Of(seed % 5),
        QuestionKind.YesNo => Answer.Of(seed % 2 == 0),
        QuestionKind.Number => Answer.Of((q.Min ?? 0) + seed % 10),
        QuestionKind.Choice => Answer.Of(q.Options![seed % q.Options!.Count].Value),
        _ => Answer.Of("tekst"),
    };

    [Benchmark(Baseline = true, Description = "plain loop summing the same answers")]
    public double PlainLoop()
    {
        double sum = 0;
        foreach (var response in _team)
            foreach (var id in _questionIds)
                if (response.TryGetValue(id, out var answer)) sum += answer.Number;
        return sum;
    }

    [Benchmark(Description = "AssessmentScoring.Score, team of 3")]
    public AssessmentScore Score() => AssessmentScoring.Score(_definition, _team);
}
