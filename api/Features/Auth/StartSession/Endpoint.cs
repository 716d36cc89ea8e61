using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Auth.StartSession;

/// <summary>
/// <c>POST /api/auth/session</c> <c>{login, password}</c> (anonymous): signs a person in for the web pages → 204 and an
/// HttpOnly, SameSite=Strict session cookie shared by every tab and every node. Wrong login or password → 401.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<NoContent, ProblemHttpResult>>
{
    public override void Configure()
    {
        Post("session");
        Group<AuthGroup>();
        AllowAnonymous();
    }

    public override async Task<Results<NoContent, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Login)) errors["login"] = ["Podaj login."];
        if (string.IsNullOrEmpty(request.Password)) errors["password"] = ["Podaj hasło."];
        if (errors.Count > 0) return ProblemResponses.Validation(errors, "Brak loginu lub hasła.", 400);
        var login = request.Login!.Trim().ToLowerInvariant();
        if (login.Length > 100 || request.Password!.Length > 1000)
            return ProblemResponses.Result(401, "Nieprawidłowy login lub hasło.");
        var user = await Resolve<PasswordSignIn>().SignInAsync(HttpContext, login, request.Password);
        if (user is null) return ProblemResponses.Result(401, "Nieprawidłowy login lub hasło.");
        await Resolve<WebSessions>().StartAsync(HttpContext, user);
        return TypedResults.NoContent();
    }
}
