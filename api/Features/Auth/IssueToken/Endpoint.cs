using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Hosting;
using Samoocena.Api.Problems;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Auth.IssueToken;

/// <summary><c>POST /api/auth/token</c> {login, password} → {accessToken, expiresIn}.</summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<Response>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Post("token");
        Group<AuthGroup>();
        DontThrowIfValidationFails();
        AllowAnonymous();
    }

    public override Task<Results<Ok<Response>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct)
    {
        ThrowIfAnyErrors(StatusCodes.Status400BadRequest);
        return Handle(request, HttpContext, Resolve<PasswordSignIn>(), Resolve<TokenService>(), Resolve<SamoocenaSettings>());
    }




    private static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, PasswordSignIn signIn, TokenService tokens, SamoocenaSettings settings)
    {
        var login = request.Login!.Trim().ToLowerInvariant();
        if (login.Length > 100 || request.Password!.Length > 1000)
            return ProblemResponses.Result(401, "Nieprawidłowy login lub hasło.");
        var user = await signIn.SignInAsync(http, login, request.Password);
        if (user is null)
            return ProblemResponses.Result(401, "Nieprawidłowy login lub hasło.");
        var account = user.Account;
        var (token, expiresIn) = tokens.Issue(account, settings.TokenLifetime, user.Stamp);
        return TypedResults.Ok(new Response(token, expiresIn, "Bearer", account.Role, account.Teryt));
    }
}
