using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Features.Users.CreateUser;

/// <summary><c>POST /api/users</c> (admin): creates a user → 201.</summary>
public sealed class Endpoint : Endpoint<Request, Results<Created<UserAccount>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Post("");
        Group<UsersGroup>();
    }

    public override Task<Results<Created<UserAccount>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>());


    private static async Task<Results<Created<UserAccount>, ProblemHttpResult>> Handle(
        Request request, IGrainFactory grains, MunicipalityRegistry registry)
    {
        var errors = Validate(request, registry);
        if (errors.Count > 0)
            return ProblemResponses.Validation(errors, "Nie można utworzyć użytkownika: popraw wskazane pola.");
        var login = request.Login!.Trim().ToLowerInvariant();
        var account = new UserAccount(login, request.Role!, string.IsNullOrEmpty(request.Teryt) ? null : request.Teryt,
            string.IsNullOrWhiteSpace(request.DisplayName) ? null : request.DisplayName.Trim());
        var created = await grains.GetGrain<IUserGrain>(login).CreateAsync(account, request.Password!);
        return TypedResults.Created($"/api/users/{login}", created);
    }

    private static Dictionary<string, string[]> Validate(Request r, MunicipalityRegistry registry)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.Login) || r.Login.Trim().Length is < 3 or > 64
            || !r.Login.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@'))
            errors["login"] = ["Login musi mieć 3–64 znaki: litery łacińskie, cyfry, kropka, myślnik, podkreślnik lub @."];
        if (string.IsNullOrEmpty(r.Password) || r.Password.Length is < 8 or > 200)
            errors["password"] = ["Hasło musi mieć od 8 do 200 znaków."];
        if (r.Role is null || !Samoocena.Silo.Grains.Users.Roles.All.Contains(r.Role))
            errors["role"] = [$"Nieznana rola '{r.Role}'. Dozwolone: {string.Join(", ", Samoocena.Silo.Grains.Users.Roles.All)}."];
        if (!string.IsNullOrEmpty(r.Teryt) && !registry.Contains(r.Teryt))
            errors["teryt"] = [$"Nieznany kod TERYT gminy '{r.Teryt}'."];
        else if (r.Role == Samoocena.Silo.Grains.Users.Roles.Jst && string.IsNullOrEmpty(r.Teryt))
            errors["teryt"] = ["Użytkownik JST musi mieć kod TERYT swojej gminy."];
        else if (r.Role is Samoocena.Silo.Grains.Users.Roles.Admin or Samoocena.Silo.Grains.Users.Roles.Coordinator && !string.IsNullOrEmpty(r.Teryt))
            errors["teryt"] = ["Kod TERYT podaje się tylko dla ról jst i jury."];
        if (r.DisplayName is { Length: > 200 })
            errors["displayName"] = ["Nazwa wyświetlana może mieć najwyżej 200 znaków."];
        return errors;
    }
}
