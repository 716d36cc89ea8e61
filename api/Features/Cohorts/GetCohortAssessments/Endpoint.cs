using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Features.Questionnaires;
using Samoocena.Api.Features.Rounds;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Definitions;
using Samoocena.Questionnaires.Registry;
using Samoocena.Questionnaires.Scoring;
using Samoocena.Questionnaires.Statistics;
using Samoocena.Silo.Grains.Assessments;
using Samoocena.Silo.Grains.Cohorts;
using Samoocena.Silo.Grains.Rounds;

namespace Samoocena.Api.Features.Cohorts.GetCohortAssessments;

/// <summary>
/// <c>GET /api/cohorts/{cohortId}/assessments/{questionnaireId}</c> (coordinator): where each member stands
/// (not started, draft, in progress, closed) and the distribution of the closed members' overall, area and
/// theme scores (n, min, quartiles by methodology §0, max, mean; rounded to 2 decimals), for the round of
/// <c>?round=</c> (default: the latest open, else the latest); <c>rounds</c> puts every round's participation and
/// overall and area distributions side by side, oldest first.
/// </summary>
public sealed class Endpoint : Endpoint<Request, IResult>
{
    public const string NotStarted = "not-started";

    public override void Configure()
    {
        Get("{cohortId}/assessments/{questionnaireId}");
        Group<CohortsGroup>();
        Description(b => b.Produces<Response>());
    }

    public override Task<IResult> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.CohortId, request.QuestionnaireId, HttpContext, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>(), Resolve<Samoocena.Api.Hosting.CachedJson>());

    private static async Task<IResult> Handle(
        string cohortId, string questionnaireId, HttpContext context, IGrainFactory grains, MunicipalityRegistry registry,
        Samoocena.Api.Hosting.CachedJson cache)
    {
        var (data, problem) = await LoadAsync(context, grains, cohortId, questionnaireId);
        if (data is null) return problem!;
        // Serialised once per version of everything the body is made of (CachedJson); recomputed only after a change.
        // Described as the body it serves (OpenAPI).
        return cache.Serve(context, CacheKey(cohortId, questionnaireId, data), () => Build(data.Cohort, data.Definition, data.All, registry) with
        {
            Round = data.Round.Id, RoundTitle = data.Round.Title,
            Rounds = data.Rounds.Select(r => Column(data.Cohort, r, registry)).ToArray(),
        });
    }

    /// <summary>
    /// What the body depends on: the cohort (name, members, last change), the selected round, and per round its dates,
    /// title, definition version, status today and its index's version (every assessment change bumps it).
    /// </summary>
    internal static string CacheKey(string cohortId, string questionnaireId, Loaded data)
    {
        var key = new System.Text.StringBuilder("cohort/").Append(cohortId).Append('/').Append(questionnaireId).Append('/')
            .Append(data.Round.Id).Append('/').Append(data.Cohort.UpdatedAt.UtcTicks).Append('/')
            .Append(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
                data.Cohort.Name + "\n" + string.Join(',', data.Cohort.Members))))[..32]);
        foreach (var r in data.Rounds)
            key.Append('|').Append(r.Round.Id).Append('/').Append(r.Status).Append('/').Append(r.Round.DefinitionVersion).Append('/')
                .Append(r.Round.OpensOn).Append('/').Append(r.Round.ClosesOn).Append('/').Append(r.Round.ClosedAt?.UtcTicks)
                .Append('/').Append(r.Definition.Version).Append('/').Append(r.Round.Title).Append('/').Append(r.Version);
        return key.ToString();
    }

    /// <summary>A cohort with a questionnaire and that questionnaire's results index.</summary>
    internal sealed record Loaded(QuestionnaireDefinition Definition, Cohort Cohort, IReadOnlyDictionary<string, AssessmentSummary> All)
    {
        /// <summary>The round of <c>?round=</c>; <see cref="All"/> is its index and <see cref="Definition"/> its version.</summary>
        public AssessmentRound Round { get; init; } = AssessmentRound.Implicit();

        public IReadOnlyList<RoundIndex> Rounds { get; init; } = [];
    }

    /// <summary>
    /// What every cohort-results view reads (this endpoint, the cohort workbook, the cohort map): 404 for an unknown
    /// questionnaire, cohort or round. Reads every round's index (a handful), for the side-by-side view.
    /// </summary>
    internal static async Task<(Loaded? Data, ProblemHttpResult? Problem)> LoadAsync(
        HttpContext context, IGrainFactory grains, string cohortId, string questionnaireId)
    {
        var catalog = context.Catalog();
        if (catalog.Latest(questionnaireId) is not { } latest)
            return (null, ProblemResponses.Result(404, QuestionnaireDefinitions.Unknown(questionnaireId)));
        if (!Samoocena.Api.Features.Cohorts.PutCohort.Endpoint.IsCohortId(cohortId) || await grains.GetGrain<ICohortGrain>(cohortId).GetAsync() is not { } cohort)
            return (null, ProblemResponses.Result(404, UnknownCohort(cohortId)));
        var round = await RoundQuery.ResolveAsync(context, questionnaireId);
        var rounds = new List<RoundIndex>();
        var indexes = context.RequestServices.GetRequiredService<Samoocena.Silo.Caching.ResultsIndexCache>();
        foreach (var r in round.All.Rounds)
        {
            var index = await indexes.GetAsync(AssessmentKey.ResultsKeyOf(questionnaireId, r.Id));
            rounds.Add(new RoundIndex(r, r.StatusOn(round.Today), (r.DefinitionVersion != 0 ? catalog.Get(questionnaireId, r.DefinitionVersion) : null) ?? latest, index.Assessments) { Version = index.Version });
        }
        var selected = rounds.Single(r => r.Round.Id == round.Round.Id);
        return (new Loaded(selected.Definition, cohort, selected.All) { Round = round.Round, Rounds = rounds }, null);
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

    /// <summary>One round's participation and distributions (the same figures as the main body for that round).</summary>
    internal static RoundColumn Column(Cohort cohort, RoundIndex round, MunicipalityRegistry registry)
    {
        var body = Build(cohort, round.Definition, round.All, registry);
        return new RoundColumn(round.Round.Id, round.Round.Title, round.Status,
            round.Round.DefinitionVersion != 0 ? round.Round.DefinitionVersion : round.Definition.Version, body.Counts,
            body.Size - body.Counts[NotStarted], body.Counts[AssessmentStatus.Closed], body.Overall, body.Areas);
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
