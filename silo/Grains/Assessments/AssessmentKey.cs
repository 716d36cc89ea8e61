using Samoocena.Silo.Grains.Rounds;

namespace Samoocena.Silo.Grains.Assessments;

/// <summary>
/// The key of an <see cref="IAssessmentGrain"/>: <c>&lt;questionnaireId&gt;/&lt;teryt&gt;</c> for round <c>1</c> (the keys of
/// the assessments made before rounds existed, kept as they were), <c>&lt;questionnaireId&gt;/&lt;teryt&gt;/&lt;round&gt;</c> for
/// every later round.
/// </summary>
public readonly record struct AssessmentKey(string QuestionnaireId, string Teryt, string Round = AssessmentRound.First)
{
    public override string ToString() =>
        Round == AssessmentRound.First ? $"{QuestionnaireId}/{Teryt}" : $"{QuestionnaireId}/{Teryt}/{Round}";

    /// <summary>The assessment in words for messages people read: "gminy o kodzie TERYT 0223092 (runda 3)".</summary>
    public string Described => $"gminy o kodzie TERYT {Teryt} (runda {Round})";

    /// <summary>The key of the round's <see cref="IQuestionnaireResultsGrain"/>: the questionnaire id for round <c>1</c>, else <c>&lt;questionnaireId&gt;/&lt;round&gt;</c>.</summary>
    public string ResultsKey => ResultsKeyOf(QuestionnaireId, Round);

    public static string ResultsKeyOf(string questionnaireId, string round) =>
        round == AssessmentRound.First ? questionnaireId : $"{questionnaireId}/{round}";

    public static AssessmentKey Parse(string key)
    {
        var parts = key.Split('/');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length == 0))
            throw new ArgumentException($"Klucz oceny '{key}' nie ma postaci <kwestionariusz>/<TERYT>[/<runda>].", nameof(key));
        return new AssessmentKey(parts[0], parts[1], parts.Length == 3 ? parts[2] : AssessmentRound.First);
    }
}
