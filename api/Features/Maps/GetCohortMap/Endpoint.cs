using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Features.Cohorts;
using Samoocena.Api.Maps;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Assessments;

namespace Samoocena.Api.Features.Maps.GetCohortMap;

/// <summary>
/// <c>GET /api/maps/cohorts/{cohortId}/{questionnaireId}.svg</c> (coordinator): the cohort's members coloured by the
/// maturity level of their closed assessment's overall score (the same scores as
/// <c>GET /api/cohorts/{cohortId}/assessments/{questionnaireId}</c>), members without one in their own colour, the
/// members outlined, every other gmina pale grey. 404 unknown questionnaire or cohort.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<SvgMapResult, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("cohorts/{cohortId}/{questionnaireId}.svg");
        Group<MapsGroup>();
        Policies(Samoocena.Api.Auth.Policies.Coordinator);
    }

    public override Task<Results<SvgMapResult, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.CohortId, request.QuestionnaireId, HttpContext, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>());

    private static async Task<Results<SvgMapResult, ProblemHttpResult>> Handle(
        string cohortId, string questionnaireId, HttpContext context, IGrainFactory grains, MunicipalityRegistry registry)
    {
        var (data, problem) = await Samoocena.Api.Features.Cohorts.GetCohortAssessments.Endpoint.LoadAsync(context, grains, cohortId, questionnaireId);
        if (data is null) return problem!;
        var (definition, cohort, all) = data;

        var members = new Dictionary<string, (double? Overall, string Status)>(StringComparer.Ordinal);
        foreach (var teryt in cohort.Members.Where(registry.Contains))
        {
            var summary = all.GetValueOrDefault(teryt);
            members[teryt] = summary is { IsClosed: true, Overall: { } overall }
                ? (overall, "")
                : (null, summary is null ? "ocena nierozpoczęta" : summary.IsClosed ? "ocena zamknięta bez wyniku ogólnego" : $"status: {StatusLabel(summary.Status)}");
        }
        var closed = members.Values.Count(m => m.Overall is not null);
        var map = MaturityScale.Map($"{cohort.Name}: {definition.Title}", members, registry.All.Select(u => u.Teryt)) with
        {
            Subtitle = $"Wynik ogólny zamkniętych ocen według poziomu dojrzałości; {closed} z {members.Count} gmin kohorty z wynikiem",
            Peers = members.Keys.ToHashSet(StringComparer.Ordinal),
            PeersLabel = "gminy kohorty",
        };
        return new SvgMapResult(map.ToSvg(registry));
    }

    private static string StatusLabel(string status) => status switch
    {
        AssessmentStatus.Draft => "w trakcie wypełniania",
        AssessmentStatus.InProgress => "przesłane odpowiedzi, ocena niezamknięta",
        _ => status,
    };
}
