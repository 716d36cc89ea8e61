using Samoocena.Api.Features.Questionnaires;
using Samoocena.Api.Features.Rounds;
using Samoocena.Api.Hosting;
using Samoocena.Questionnaires.Definitions;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Caching;
using Samoocena.Silo.Grains.Assessments;
using Samoocena.Silo.Grains.Errors;
using Samoocena.Silo.Grains.Rounds;

namespace Samoocena.Api.Features.Assessments.GetAssessment;

/// <summary>
/// <c>GET /api/assessments/{questionnaireId}/{teryt}?peers=default</c> (JST staff of the gmina, coordinators):
/// status, team, effective answers, disagreements, §3 scores and levels, §2 peer statistics over closed
/// assessments of the same round, the action plan, and the change since the gmina's previous closed round
/// (<see cref="ProgressSincePrevious"/>). <c>?round=</c> picks the round (default: the latest open, else the latest).
/// The body is serialised once per view and inputs (<see cref="Inputs"/>, <see cref="CachedJson"/>): the grain hands out
/// one view instance while its content is unchanged, so the reads between a team's draft saves send the same bytes.
/// </summary>
public sealed class Endpoint : Endpoint<Request, IResult>
{
    public override void Configure()
    {
        Get("{questionnaireId}/{teryt}");
        Group<AssessmentsGroup>();
        Description(b => b.Produces<AssessmentResponse>());
    }

    /// <summary>404 and 403 before 422: the resource and the caller's access are checked before the validator runs.</summary>
    public override Task OnBeforeValidateAsync(Request request, CancellationToken ct)
    {
        AssessmentAccess.Check(HttpContext, request.QuestionnaireId, request.Teryt, coordinatorAllowed: true);
        return Task.CompletedTask;
    }

    public override Task<IResult> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.QuestionnaireId, request.Teryt, request.Peers, HttpContext);

    private static async Task<IResult> Handle(string questionnaireId, string teryt, string? peers, HttpContext context)
    {
        if (!PeerSelector.TryParse(peers, out var selector, out var error))
        {
            AssessmentAccess.Check(context, questionnaireId, teryt, coordinatorAllowed: true);
            throw new ValidationException("peers", error);
        }
        var read = await ReadAsync(context, questionnaireId, teryt, selector);
        // A cohort's members can change while nothing else does: cohort peers are compared afresh on every read.
        if (read.Cohort is not null) return TypedResults.Ok(Build(context, read));
        return context.RequestServices.GetRequiredService<CachedJson>().Serve(context, read.View, read.Inputs, () => Build(context, read));
    }

    /// <summary>
    /// Everything the body is made of besides the view and what is fixed for the process (the definition, the registry,
    /// the peer groups), compared by value: the peers asked for, the results index version, the round and its status
    /// today, and the previous closed round with its assessment.
    /// </summary>
    internal sealed record Inputs(string Peers, string IndexVersion, AssessmentRound Round, string RoundStatus, ProgressSincePrevious.Earlier? Earlier);

    internal sealed record Read(
        string QuestionnaireId, string Teryt, PeerSelector Selector, RoundQuery.Resolved Round, AssessmentView View,
        QuestionnaireResults Index, IReadOnlyCollection<string>? Cohort, ProgressSincePrevious.Earlier? Earlier)
    {
        public Inputs Inputs => new(Selector.ToString(), Index.Version, Round.Round, Round.Status, Earlier);
    }

    /// <summary>The checks and the reads; throws the 404/403 of <see cref="AssessmentAccess.OpenRoundAsync"/>.</summary>
    private static async Task<Read> ReadAsync(HttpContext context, string questionnaireId, string teryt, PeerSelector selector)
    {
        var grains = context.RequestServices.GetRequiredService<IGrainFactory>();
        var indexes = context.RequestServices.GetRequiredService<ResultsIndexCache>();
        var round = await AssessmentAccess.OpenRoundAsync(context, questionnaireId, teryt, coordinatorAllowed: true);
        var grain = AssessmentAccess.Grain(context, questionnaireId, teryt, round);
        var cohort = selector.Kind == PeerGroupKind.Cohort ? await CohortMembers.GetAsync(grains, selector.CohortId!) : null;
        var view = await grain.GetAsync();
        var index = await indexes.GetAsync(AssessmentKey.ResultsKeyOf(questionnaireId, round.Round.Id));
        var earlier = await ProgressSincePrevious.FindAsync(grains, indexes, questionnaireId, teryt, round);
        return new Read(questionnaireId, teryt, selector, round, view, index, cohort, earlier);
    }

    private static AssessmentResponse Build(HttpContext context, Read read)
    {
        var registry = context.RequestServices.GetRequiredService<MunicipalityRegistry>();
        var groups = context.RequestServices.GetRequiredService<PeerGroups>();
        var comparison = PeerComparison.Compute(read.View, read.Selector, read.Index, registry, groups, read.Cohort);
        var definition = context.Catalog().Get(read.QuestionnaireId, read.View.Version)!;
        return AssessmentResponse.From(read.View, definition, registry.Find(read.Teryt)!.Name, comparison) with
        {
            Round = read.Round.Round.Id, RoundTitle = read.Round.Round.Title, RoundStatus = read.Round.Status,
            Previous = ProgressSincePrevious.Of(read.Earlier, read.View),
        };
    }

    /// <summary>
    /// The checks and the body of this endpoint, shared with the municipality's workbook export so both show the
    /// same numbers. Throws the 404/403 of <see cref="AssessmentAccess.OpenRoundAsync"/>.
    /// </summary>
    internal static async Task<(AssessmentResponse Response, AssessmentView View, QuestionnaireDefinition Definition)> BuildAsync(
        HttpContext context, string questionnaireId, string teryt, PeerSelector selector)
    {
        var read = await ReadAsync(context, questionnaireId, teryt, selector);
        return (Build(context, read), read.View, context.Catalog().Get(questionnaireId, read.View.Version)!);
    }
}
