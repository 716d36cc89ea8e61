using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Awards;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Awards;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Features.Awards.DefineAward;

/// <summary>
/// <c>PUT /api/awards/{awardId}</c> (coordinator): defines or replaces an award edition. Jurors must be existing
/// users with role <c>jury</c>; a juror's municipality (their <c>teryt</c>) is the one they may not score.
/// Once scoring started only the title, category names and added jurors may change (409 otherwise).
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<AwardResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Put("{awardId}");
        Group<AwardsGroup>();
        Policies(Samoocena.Api.Auth.Policies.Coordinator);
    }

    public override Task<Results<Ok<AwardResponse>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.AwardId, request.Body, User, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>());

    private static async Task<Results<Ok<AwardResponse>, ProblemHttpResult>> Handle(
        string awardId, JsonElement body, ClaimsPrincipal user, IGrainFactory grains, MunicipalityRegistry registry)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!IsAwardId(awardId))
            errors["awardId"] = ["Identyfikator nagrody musi mieć 1–64 znaki: małe litery łacińskie, cyfry, myślnik lub podkreślnik."];
        var request = AwardDefinitionRequest.Parse(body, registry, errors);
        var jurors = new List<AwardJuror>();
        for (var i = 0; i < request.Jurors.Count; i++)
        {
            if (request.Jurors[i] is not { } login) continue;
            var account = await grains.GetGrain<IUserGrain>(login).GetAsync();
            if (account is null)
                errors[$"jurors[{i}]"] = [$"Nie ma użytkownika '{login}'. Jurorów zakłada administrator (POST /api/users z rolą jury)."];
            else if (account.Role != Samoocena.Silo.Grains.Users.Roles.Jury)
                errors[$"jurors[{i}]"] = [$"Użytkownik '{login}' ma rolę '{account.Role}', a jurorem może być tylko użytkownik z rolą jury."];
            else jurors.Add(new AwardJuror(account.Login, account.Teryt));
        }
        if (errors.Count > 0)
            return ProblemResponses.Validation(errors, $"Nie zapisano definicji nagrody '{awardId}': popraw wskazane pola.");

        var definition = new AwardDefinition("award", awardId, 0, request.Title, request.Categories, request.Criteria, request.Nominees, jurors);
        var edition = await grains.GetGrain<IAwardGrain>(awardId).DefineAsync(definition, user.Login());
        return TypedResults.Ok(AwardResponse.From(edition));
    }

    internal static bool IsAwardId(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_');
}
