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
    double? Overall, string? Level, DateTimeOffset? ClosedAt);

public sealed record Distribution(string Id, string Title, int N, double? Min, double? Q1, double? Median, double? Q3, double? Max, double? Mean);

public sealed record Response(
    string CohortId, string Name, string QuestionnaireId, int Size, IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<Member> Members, Distribution Overall, IReadOnlyList<Distribution> Areas, IReadOnlyList<Distribution> Themes);
