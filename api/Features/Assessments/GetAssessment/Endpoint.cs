using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Features.Questionnaires;
using Samoocena.Api.Features.Rounds;
using Samoocena.Questionnaires.Definitions;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Caching;
using Samoocena.Silo.Grains.Assessments;
using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Api.Features.Assessments.GetAssessment;

/// <summary>
/// <c>GET /api/assessments/{questionnaireId}/{teryt}?peers=default</c> (JST staff of the gmina, coordinators):
/// status, team, effective answers, disagreements, §3 scores and levels, §2 peer statistics over closed
/// assessments of the same round, the action plan, and the change since the gmina's previous closed round
/// (<see cref="ProgressSincePrevious"/>). <c>?round=</c> picks the round (default: the latest open, else the latest).
/// </summary>
public sealed class Endpoint : Endpoint<Request, Ok<AssessmentResponse>>
{
    public override void Configure()
    {
        Get("{questionnaireId}/{teryt}");
        Group<AssessmentsGroup>();
    }

    /// <summary>404 and 403 before 422: the resource and the caller's access are checked before the validator runs.</summary>
    public override Task OnBeforeValidateAsync(Request request, CancellationToken ct)
    {
        AssessmentAccess.Check(HttpContext, request.QuestionnaireId, request.Teryt, coordinatorAllowed: true);
        return Task.CompletedTask;
    }

    public override Task<Ok<AssessmentResponse>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.QuestionnaireId, request.Teryt, request.Peers, HttpContext);

    private static async Task<Ok<AssessmentResponse>> Handle(
        string questionnaireId, string teryt, string? peers, HttpContext context)
    {
        if (!PeerSelector.TryParse(peers, out var selector, out var error))
        {
            AssessmentAccess.Check(context, questionnaireId, teryt, coordinatorAllowed: true);
            throw new ValidationException("peers", error);
        }
        return TypedResults.Ok((await BuildAsync(context, questionnaireId, teryt, selector)).Response);
    }

    /// <summary>
    /// The checks and the body of this endpoint, shared with the municipality's workbook export so both show the
    /// same numbers. Throws the 404/403 of <see cref="AssessmentAccess.OpenRoundAsync"/>.
    /// </summary>
    internal static async Task<(AssessmentResponse Response, AssessmentView View, QuestionnaireDefinition Definition)> BuildAsync(
        HttpContext context, string questionnaireId, string teryt, PeerSelector selector)
    {
        var grains = context.RequestServices.GetRequiredService<IGrainFactory>();
        var registry = context.RequestServices.GetRequiredService<MunicipalityRegistry>();
        var groups = context.RequestServices.GetRequiredService<PeerGroups>();
        var round = await AssessmentAccess.OpenRoundAsync(context, questionnaireId, teryt, coordinatorAllowed: true);
        var grain = AssessmentAccess.Grain(context, questionnaireId, teryt, round);
        var cohort = selector.Kind == PeerGroupKind.Cohort ? await CohortMembers.GetAsync(grains, selector.CohortId!) : null;
        var view = await grain.GetAsync();
        var indexes = context.RequestServices.GetRequiredService<ResultsIndexCache>();
        var index = await indexes.GetAsync(AssessmentKey.ResultsKeyOf(questionnaireId, round.Round.Id));
        var comparison = PeerComparison.Compute(view, selector, index, registry, groups, cohort);
        var definition = context.Catalog().Get(questionnaireId, view.Version)!;
        var previous = await ProgressSincePrevious.ComputeAsync(grains, indexes, questionnaireId, teryt, round, view);
        var response = AssessmentResponse.From(view, definition, registry.Find(teryt)!.Name, comparison) with
        {
            Round = round.Round.Id, RoundTitle = round.Round.Title, RoundStatus = round.Status, Previous = previous,
        };
        return (response, view, definition);
    }
}
