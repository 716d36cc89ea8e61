using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Api.Security;
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
        Handle(request, User, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>());


    private static async Task<Results<Created<UserAccount>, ProblemHttpResult>> Handle(
        Request request, System.Security.Claims.ClaimsPrincipal user, IGrainFactory grains, MunicipalityRegistry registry)
    {
        var login = request.Login!.Trim().ToLowerInvariant();
        var account = new UserAccount(login, request.Role!, string.IsNullOrEmpty(request.Teryt) ? null : request.Teryt,
            string.IsNullOrWhiteSpace(request.DisplayName) ? null : request.DisplayName.Trim());
        var created = await grains.GetGrain<IUserGrain>(login).CreateAsync(account, request.Password!);
        await grains.RecordAdminActionAsync(user, "user.created", login, $"rola: {account.Role}{(account.Teryt is null ? "" : $", gmina: {account.Teryt}")}");
        return TypedResults.Created($"/api/users/{login}", created);
    }

}
