using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Hosting;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Features.Auth.IssueToken;

/// <summary><c>POST /api/auth/token</c> {login, password} → {accessToken, expiresIn}.</summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<Response>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Post("token");
        Group<AuthGroup>();
        AllowAnonymous();
    }

    public override Task<Results<Ok<Response>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request, Resolve<IGrainFactory>(), Resolve<TokenService>(), Resolve<SamoocenaSettings>());




    private static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        Request request, IGrainFactory grains, TokenService tokens, SamoocenaSettings settings)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Login)) errors["login"] = ["Podaj login."];
        if (string.IsNullOrEmpty(request.Password)) errors["password"] = ["Podaj hasło."];
        if (errors.Count > 0) return ProblemResponses.Validation(errors, "Brak loginu lub hasła.", 400);
        var login = request.Login!.Trim().ToLowerInvariant();
        if (login.Length > 100 || request.Password!.Length > 1000)
            return ProblemResponses.Result(401, "Nieprawidłowy login lub hasło.");
        var account = await grains.GetGrain<IUserGrain>(login).SignInAsync(request.Password);
        if (account is null)
            return ProblemResponses.Result(401, "Nieprawidłowy login lub hasło.");
        var (token, expiresIn) = tokens.Issue(account, settings.TokenLifetime);
        return TypedResults.Ok(new Response(token, expiresIn, "Bearer", account.Role, account.Teryt));
    }
}
