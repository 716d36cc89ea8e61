using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Hosting;
using Samoocena.Api.Problems;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Auth;

/// <summary><c>POST /api/auth/token</c> {login, password} → {accessToken, expiresIn}.</summary>
public sealed class IssueToken : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/token", Handle).AllowAnonymous().WithTags("Auth");

    public sealed record Request(string? Login, string? Password);

    public sealed record Response(string AccessToken, int ExpiresIn, string TokenType, string Role, string? Teryt);

    private static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        Request request, HttpContext http, PasswordSignIn signIn, TokenService tokens, SamoocenaSettings settings)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Login)) errors["login"] = ["Podaj login."];
        if (string.IsNullOrEmpty(request.Password)) errors["password"] = ["Podaj hasło."];
        if (errors.Count > 0) return ProblemResponses.Validation(errors, "Brak loginu lub hasła.", 400);
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
