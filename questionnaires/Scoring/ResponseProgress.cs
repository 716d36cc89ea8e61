using Samoocena.Questionnaires.Definitions;

namespace Samoocena.Questionnaires.Scoring;

/// <summary>How far one member's response is: answered questions (nd counts as an answer) and the required ones still missing.</summary>
public sealed record ResponseProgress(int Answered, int Total, IReadOnlyList<string> MissingRequired)
{
    public bool CanSubmit => MissingRequired.Count == 0;

    public static ResponseProgress Of(QuestionnaireDefinition definition, IReadOnlyDictionary<string, Answer> response)
    {
        var plan = ScoringPlan.For(definition);
        var answered = 0;
        List<string>? missing = null;
        foreach (var question in plan.Questions)
        {
            if (response.TryGetValue(question.Id, out var answer) && answer.Kind != AnswerKind.None) answered++;
            else if (question.Required) (missing ??= []).Add(question.Id);
        }
        return new ResponseProgress(answered, plan.QuestionCount, missing ?? (IReadOnlyList<string>)[]);
    }
}
