using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using System.Security.Claims;
using Samoocena.Api.Problems;
using Samoocena.Api.Security;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Features.Users;

/// <summary><c>POST /api/users</c> (admin): creates a user → 201.</summary>
public sealed class CreateUser : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/users", Handle).RequireAuthorization(Policies.Admin).WithTags("Users");

    public sealed record Request(string? Login, string? Password, string? Role, string? Teryt, string? DisplayName);

    private static async Task<Results<Created<UserAccount>, ProblemHttpResult>> Handle(
        Request request, ClaimsPrincipal user, IGrainFactory grains, MunicipalityRegistry registry)
    {
        var errors = Validate(request, registry);
        if (errors.Count > 0)
            return ProblemResponses.Validation(errors, "Nie można utworzyć użytkownika: popraw wskazane pola.");
        var login = request.Login!.Trim().ToLowerInvariant();
        var account = new UserAccount(login, request.Role!, string.IsNullOrEmpty(request.Teryt) ? null : request.Teryt,
            string.IsNullOrWhiteSpace(request.DisplayName) ? null : request.DisplayName.Trim());
        var created = await grains.GetGrain<IUserGrain>(login).CreateAsync(account, request.Password!);
        await grains.RecordAdminActionAsync(user, "user.created", login, $"rola: {account.Role}{(account.Teryt is null ? "" : $", gmina: {account.Teryt}")}");
        return TypedResults.Created($"/api/users/{login}", created);
    }

    private static Dictionary<string, string[]> Validate(Request r, MunicipalityRegistry registry)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.Login) || r.Login.Trim().Length is < 3 or > 64
            || !r.Login.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@'))
            errors["login"] = ["Login musi mieć 3–64 znaki: litery łacińskie, cyfry, kropka, myślnik, podkreślnik lub @."];
        if (PasswordRules.Check(r.Login, r.Password) is { } weak)
            errors["password"] = [weak];
        if (r.Role is null || !Roles.All.Contains(r.Role))
            errors["role"] = [$"Nieznana rola '{r.Role}'. Dozwolone: {string.Join(", ", Roles.All)}."];
        if (!string.IsNullOrEmpty(r.Teryt) && !registry.Contains(r.Teryt))
            errors["teryt"] = [$"Nieznany kod TERYT gminy '{r.Teryt}'."];
        else if (r.Role == Roles.Jst && string.IsNullOrEmpty(r.Teryt))
            errors["teryt"] = ["Użytkownik JST musi mieć kod TERYT swojej gminy."];
        else if (r.Role is Roles.Admin or Roles.Coordinator && !string.IsNullOrEmpty(r.Teryt))
            errors["teryt"] = ["Kod TERYT podaje się tylko dla ról jst i jury."];
        if (r.DisplayName is { Length: > 200 })
            errors["displayName"] = ["Nazwa wyświetlana może mieć najwyżej 200 znaków."];
        return errors;
    }
}
