namespace Samoocena.Silo.Grains.Rounds;

/// <summary>Stored rounds of one questionnaire, in the order they were opened (round <c>1</c> first once stored).</summary>
[GenerateSerializer]
public sealed class QuestionnaireRoundsState
{
    [Id(0)] public List<AssessmentRound> Rounds { get; set; } = [];
}
