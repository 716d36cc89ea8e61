using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Awards;
using Samoocena.Silo.Grains.Awards;

namespace Samoocena.Api.Features.Awards.ScoreNominee;

/// <summary>
/// <c>PUT /api/awards/{awardId}/scores/{nomineeId}</c> (jury, listed as a juror of the edition): merges
/// <c>{criterionId: 0..10}</c> into the caller's own sheet (null clears a score) and returns the sheet.
/// Non-integers, out-of-range values and unknown criteria are 422 under <c>scores.&lt;criterionId&gt;</c>.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<JurorSheetResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Put("{awardId}/scores/{nomineeId}");
        Group<AwardsGroup>();
        Policies(Samoocena.Api.Auth.Policies.Jury);
    }

    /// <summary>404 and 403 before 422: the resource and the caller's access are checked before the validator runs.</summary>
    public override Task OnBeforeValidateAsync(Request request, CancellationToken ct)
    {
        if (!Samoocena.Api.Features.Awards.DefineAward.Endpoint.IsAwardId(request.AwardId))
            throw new Samoocena.Silo.Grains.Errors.NotFoundException(Samoocena.Api.Features.Awards.GetAward.Endpoint.UnknownAward(request.AwardId));
        return Task.CompletedTask;
    }

    public override Task<Results<Ok<JurorSheetResponse>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.AwardId, request.NomineeId, request.Scores, User, Resolve<IGrainFactory>());

    private static async Task<Results<Ok<JurorSheetResponse>, ProblemHttpResult>> Handle(
        string awardId, string nomineeId, JsonElement body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Samoocena.Api.Features.Awards.DefineAward.Endpoint.IsAwardId(awardId))
            return ProblemResponses.Result(404, Samoocena.Api.Features.Awards.GetAward.Endpoint.UnknownAward(awardId));
        var scores = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var p in body.EnumerateObject())
            scores[p.Name] = p.Value.ValueKind == JsonValueKind.Null ? null : (int)p.Value.GetDouble();
        var sheet = await grains.GetGrain<IAwardGrain>(awardId).ScoreAsync(user.Login(), nomineeId, scores);
        var award = (await grains.GetGrain<IAwardGrain>(awardId).GetAsync())!.Definition;
        return TypedResults.Ok(JurorSheetResponse.From(award, sheet));
    }

}
