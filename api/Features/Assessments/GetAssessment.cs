using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Features.Questionnaires;
using Samoocena.Questionnaires.Definitions;
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
        string questionnaireId, string teryt, string? peers, HttpContext context)
    {
        if (!PeerSelector.TryParse(peers, out var selector, out var error))
        {
            AssessmentAccess.Open(context, questionnaireId, teryt, coordinatorAllowed: true);
            throw new ValidationException("peers", error);
        }
        return TypedResults.Ok((await BuildAsync(context, questionnaireId, teryt, selector)).Response);
    }

    /// <summary>
    /// The checks and the body of this endpoint, shared with the municipality's workbook export so both show the
    /// same numbers. Throws the 404/403 of <see cref="AssessmentAccess.Open"/>.
    /// </summary>
    internal static async Task<(AssessmentResponse Response, AssessmentView View, QuestionnaireDefinition Definition)> BuildAsync(
        HttpContext context, string questionnaireId, string teryt, PeerSelector selector)
    {
        var grains = context.RequestServices.GetRequiredService<IGrainFactory>();
        var registry = context.RequestServices.GetRequiredService<MunicipalityRegistry>();
        var groups = context.RequestServices.GetRequiredService<PeerGroups>();
        var grain = AssessmentAccess.Open(context, questionnaireId, teryt, coordinatorAllowed: true);
        var cohort = selector.Kind == PeerGroupKind.Cohort ? await CohortMembers.GetAsync(grains, selector.CohortId!) : null;
        var view = await grain.GetAsync();
        var index = await context.RequestServices.GetRequiredService<Samoocena.Api.Hosting.GrainReferences>().Get<IQuestionnaireResultsGrain>(questionnaireId).GetAllAsync();
        var comparison = PeerComparison.Compute(view, selector, index, registry, groups, cohort);
        var definition = context.Catalog().Get(questionnaireId, view.Version)!;
        return (AssessmentResponse.From(view, definition, registry.Find(teryt)!.Name, comparison), view, definition);
    }
}
