using Samoocena.Silo.Grains.Rounds;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Features.Questionnaires;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Definitions;
using Samoocena.Questionnaires.Registry;
using Samoocena.Questionnaires.Scoring;
using Samoocena.Questionnaires.Statistics;
using Samoocena.Silo.Grains.Assessments;
using Samoocena.Silo.Grains.Cohorts;

namespace Samoocena.Api.Features.Cohorts.GetCohortAssessments;

public sealed record Member(
    string Teryt, string Name, string Category, string Status, int Respondents, int Submitted,
    double? Overall, string? Level, DateTimeOffset? ClosedAt)
{
    /// <summary>The maturity level's Polish name (null without a score).</summary>
    public string? LevelLabel => Level is null ? null : MaturityLevel.All.FirstOrDefault(l => l.Id == Level)?.Label;

    /// <summary>The category in words ("gmina wiejska").</summary>
    public string CategoryLabel => PeerLabels.CategoryOfUnit(Category);
}

public sealed record Distribution(string Id, string Title, int N, double? Min, double? Q1, double? Median, double? Q3, double? Max, double? Mean);

public sealed record Response(
    string CohortId, string Name, string QuestionnaireId, int Size, IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<Member> Members, Distribution Overall, IReadOnlyList<Distribution> Areas, IReadOnlyList<Distribution> Themes)
{
    /// <summary>The round the members, counts and distributions above are about.</summary>
    public string Round { get; init; } = AssessmentRound.First;

    public string? RoundTitle { get; init; }

    /// <summary>Every round of the questionnaire, oldest first, side by side.</summary>
    public IReadOnlyList<RoundColumn> Rounds { get; init; } = [];
}

/// <summary>
/// One round of the cohort: status counts as above, <c>started</c> (members with an assessment in the round),
/// <c>closed</c>, and the distributions of the closed members' overall and area scores.
/// </summary>
public sealed record RoundColumn(
    string Round, string Title, string Status, int DefinitionVersion, IReadOnlyDictionary<string, int> Counts,
    int Started, int Closed, Distribution Overall, IReadOnlyList<Distribution> Areas);

/// <summary>One round's results index, with the definition the round is scored on.</summary>
internal sealed record RoundIndex(AssessmentRound Round, string Status, QuestionnaireDefinition Definition,
    IReadOnlyDictionary<string, AssessmentSummary> All)
{
    /// <summary>The results index's version (<see cref="QuestionnaireResults.Version"/>): part of the response cache key.</summary>
    public string Version { get; init; } = "";
}
