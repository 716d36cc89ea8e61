using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Features.Questionnaires;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Assessments;
using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Api.Features.Assessments;

/// <summary>
/// <c>GET /api/assessments/{questionnaireId}/{teryt}?peers=default</c> (JST staff of the gmina, coordinators):
/// status, team, effective answers, disagreements, §3 scores and levels, §2 peer statistics over closed
/// assessments, and the action plan.
/// </summary>
public sealed class GetAssessment : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/assessments/{questionnaireId}/{teryt}", Handle).WithTags("Assessments");

    private static async Task<Ok<AssessmentResponse>> Handle(
        string questionnaireId, string teryt, string? peers, HttpContext context,
        IGrainFactory grains, MunicipalityRegistry registry, PeerGroups groups)
    {
        var grain = AssessmentAccess.Open(context, questionnaireId, teryt, coordinatorAllowed: true);
        if (!PeerSelector.TryParse(peers, out var selector, out var error)) throw new ValidationException("peers", error);
        var cohort = selector.Kind == PeerGroupKind.Cohort ? await CohortMembers.GetAsync(grains, selector.CohortId!) : null;
        var view = await grain.GetAsync();
        var index = await grains.GetGrain<IQuestionnaireResultsGrain>(questionnaireId).GetAllAsync();
        var comparison = PeerComparison.Compute(view, selector, index, registry, groups, cohort);
        var definition = context.Catalog().Get(questionnaireId, view.Version)!;
        return TypedResults.Ok(AssessmentResponse.From(view, definition, registry.Find(teryt)!.Name, comparison));
    }
}
