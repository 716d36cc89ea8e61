using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Users.ChangeUser;

/// <summary>
/// <c>PUT /api/users/{login}</c> <c>{role?, teryt?, displayName?, locked?}</c> (admin): changes a user; a role or
/// municipality change ends that user's sessions and tokens on every node; audited.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Ok<UserAdministration.UserRow>>
{
    public override void Configure()
    {
        Put("{login}");
        Group<UsersGroup>();
    }

    public override async Task<Ok<UserAdministration.UserRow>> ExecuteAsync(Request request, CancellationToken ct) =>
        TypedResults.Ok(await Resolve<UserAdministration>().ChangeAsync(User, request.Login,
            new UserAdministration.Change(request.Role, request.Teryt, request.DisplayName, request.Locked)));
}
