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

/// <summary>
/// <c>GET /api/cohorts/{cohortId}/assessments/{questionnaireId}</c> (coordinator): where each member stands
/// (not started, draft, in progress, closed) and the distribution of the closed members' overall, area and
/// theme scores (n, min, quartiles by methodology §0, max, mean; rounded to 2 decimals).
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<Response>, ProblemHttpResult>>
{
    public const string NotStarted = "not-started";

    public override void Configure()
    {
        Get("{cohortId}/assessments/{questionnaireId}");
        Group<CohortsGroup>();
    }

    public override Task<Results<Ok<Response>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.CohortId, request.QuestionnaireId, HttpContext, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>());







    private static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        string cohortId, string questionnaireId, HttpContext context, IGrainFactory grains, MunicipalityRegistry registry)
    {
        var (data, problem) = await LoadAsync(context, grains, cohortId, questionnaireId);
        if (data is null) return problem!;
        return TypedResults.Ok(Build(data.Cohort, data.Definition, data.All, registry));
    }

    /// <summary>A cohort with a questionnaire and that questionnaire's results index.</summary>
    internal sealed record Loaded(QuestionnaireDefinition Definition, Cohort Cohort, IReadOnlyDictionary<string, AssessmentSummary> All);

    /// <summary>
    /// What every cohort-results view reads (this endpoint, the cohort workbook, the cohort map): 404 for an unknown
    /// questionnaire or cohort.
    /// </summary>
    internal static async Task<(Loaded? Data, ProblemHttpResult? Problem)> LoadAsync(
        HttpContext context, IGrainFactory grains, string cohortId, string questionnaireId)
    {
        if (context.Catalog().Latest(questionnaireId) is not { } definition)
            return (null, ProblemResponses.Result(404, QuestionnaireDefinitions.Unknown(questionnaireId)));
        if (!Samoocena.Api.Features.Cohorts.PutCohort.Endpoint.IsCohortId(cohortId) || await grains.GetGrain<ICohortGrain>(cohortId).GetAsync() is not { } cohort)
            return (null, ProblemResponses.Result(404, UnknownCohort(cohortId)));
        return (new Loaded(definition, cohort, (await grains.GetGrain<IQuestionnaireResultsGrain>(questionnaireId).GetAllAsync()).Assessments), null);
    }

    /// <summary>
    /// The body of this endpoint from the cohort and the questionnaire's results index, shared with the cohort workbook
    /// export so both show the same numbers.
    /// </summary>
    internal static Response Build(Cohort cohort, QuestionnaireDefinition definition,
        IReadOnlyDictionary<string, AssessmentSummary> all, MunicipalityRegistry registry)
    {
        var members = cohort.Members.Select(teryt =>
        {
            var unit = registry.Find(teryt);
            var summary = all.GetValueOrDefault(teryt);
            var overall = summary is { IsClosed: true } ? summary.Overall : null;
            return new Member(teryt, unit?.Name ?? teryt, unit?.Category ?? "", summary?.Status ?? NotStarted,
                summary?.Respondents ?? 0, summary?.Submitted ?? 0, Scores.AsShown(overall),
                overall is { } o ? MaturityLevel.Of(o).Id : null, summary?.ClosedAt);
        }).ToList();
        var closed = cohort.Members.Select(t => all.GetValueOrDefault(t)).Where(s => s is { IsClosed: true }).Select(s => s!).ToList();
        var counts = new[] { NotStarted, AssessmentStatus.Draft, AssessmentStatus.InProgress, AssessmentStatus.Closed }
            .ToDictionary(s => s, s => members.Count(m => m.Status == s));

        return new Response(cohort.Id, cohort.Name, definition.Id, cohort.Members.Count, counts, members,
            Describe("overall", definition.Title, closed.Select(s => s.Overall)),
            definition.Areas.Select(a => Describe(a.Id, a.Title, closed.Select(s => s.Areas.GetValueOrDefault(a.Id)))).ToList(),
            definition.Areas.SelectMany(a => a.Themes)
                .Select(t => Describe(t.Id, t.Title, closed.Select(s => s.Themes.GetValueOrDefault(t.Id)))).ToList());
    }

    internal static string UnknownCohort(string cohortId) =>
        $"Nie ma kohorty '{ProblemResponses.Echo(cohortId, 40)}'.";

    /// <summary>The group figures of <see cref="PeerStatistics"/> (the one place quartiles are computed).</summary>
    private static Distribution Describe(string id, string title, IEnumerable<double?> scores)
    {
        var values = scores.Where(v => v is not null).Select(v => v!.Value).ToArray();
        var stats = PeerStatistics.Compute(values, null, higherIsBetter: true).AsShown();
        return new Distribution(id, title, values.Length, stats.Min, stats.Q1, stats.Median, stats.Q3, stats.Max, stats.Mean);
    }
}
