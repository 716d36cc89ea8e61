using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Users.ListUsers;

/// <summary><c>GET /api/users</c> (admin): every user <c>[{login, role, teryt, displayName, locked, lastSignIn}]</c>.</summary>
public sealed class Endpoint : EndpointWithoutRequest<Ok<IReadOnlyList<UserAdministration.UserRow>>>
{
    public override void Configure()
    {
        Get("");
        Group<UsersGroup>();
    }

    public override async Task<Ok<IReadOnlyList<UserAdministration.UserRow>>> ExecuteAsync(CancellationToken ct) =>
        TypedResults.Ok(await Resolve<UserAdministration>().ListAsync());
}
