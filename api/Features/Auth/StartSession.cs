using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Auth;

/// <summary><c>POST /api/auth/session</c> {login, password} → 204 and the session cookie of the web pages.</summary>
public sealed class StartSession : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/session", Handle).AllowAnonymous().WithTags("Auth");

    public sealed record Request(string? Login, string? Password);

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Request request, HttpContext http, PasswordSignIn signIn, WebSessions sessions)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Login)) errors["login"] = ["Podaj login."];
        if (string.IsNullOrEmpty(request.Password)) errors["password"] = ["Podaj hasło."];
        if (errors.Count > 0) return ProblemResponses.Validation(errors, "Brak loginu lub hasła.", 400);
        var login = request.Login!.Trim().ToLowerInvariant();
        if (login.Length > 100 || request.Password!.Length > 1000)
            return ProblemResponses.Result(401, "Nieprawidłowy login lub hasło.");
        var user = await signIn.SignInAsync(http, login, request.Password);
        if (user is null) return ProblemResponses.Result(401, "Nieprawidłowy login lub hasło.");
        await sessions.StartAsync(http, user);
        return TypedResults.NoContent();
    }
}
