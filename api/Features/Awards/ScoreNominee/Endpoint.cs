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

    public override Task<Results<Ok<JurorSheetResponse>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.AwardId, request.NomineeId, request.Body, User, Resolve<IGrainFactory>());

    private static async Task<Results<Ok<JurorSheetResponse>, ProblemHttpResult>> Handle(
        string awardId, string nomineeId, JsonElement body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Samoocena.Api.Features.Awards.DefineAward.Endpoint.IsAwardId(awardId))
            return ProblemResponses.Result(404, Samoocena.Api.Features.Awards.GetAward.Endpoint.UnknownAward(awardId));
        if (body.ValueKind != JsonValueKind.Object)
            return ProblemResponses.Validation("scores", "Treść żądania musi być obiektem {kryterium: ocena 0–10}.");
        var scores = new Dictionary<string, int?>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var p in body.EnumerateObject())
        {
            if (!IsValidText(p))
            {
                errors["scores"] = ["Identyfikator kryterium nie jest poprawnym tekstem Unicode."];
                continue;
            }
            var field = $"scores.{Short(p.Name)}";
            switch (p.Value.ValueKind)
            {
                case JsonValueKind.Null:
                    scores[p.Name] = null;
                    break;
                case JsonValueKind.Number when p.Value.TryGetDouble(out var d) && d == Math.Floor(d):
                    if (d is < AwardResults.MinScore or > AwardResults.MaxScore)
                        errors[field] = [$"Ocena za kryterium '{Short(p.Name)}' musi być liczbą całkowitą od 0 do 10, jest {p.Value.GetRawText()}."];
                    else scores[p.Name] = (int)d;
                    break;
                case JsonValueKind.Number:
                    errors[field] = [$"Ocena za kryterium '{Short(p.Name)}' musi być liczbą całkowitą od 0 do 10, jest {p.Value.GetRawText()}."];
                    break;
                default:
                    errors[field] = [$"Ocena za kryterium '{Short(p.Name)}' musi być liczbą całkowitą od 0 do 10 (albo null, by ją usunąć)."];
                    break;
            }
        }
        if (errors.Count == 0 && scores.Count == 0)
            errors["scores"] = ["Podaj co najmniej jedną ocenę {kryterium: 0–10}."];
        if (errors.Count > 0)
            return ProblemResponses.Validation(errors, "Nie zapisano ocen: popraw wskazane kryteria.");
        var sheet = await grains.GetGrain<IAwardGrain>(awardId).ScoreAsync(user.Login(), nomineeId, scores);
        var award = (await grains.GetGrain<IAwardGrain>(awardId).GetAsync())!.Definition;
        return TypedResults.Ok(JurorSheetResponse.From(award, sheet));
    }

    private static bool IsValidText(JsonProperty p)
    {
        try
        {
            _ = p.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Short(string s) => ProblemResponses.Echo(s, 64);
}
