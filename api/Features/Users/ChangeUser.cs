using System.Security.Claims;
using Samoocena.Api.Auth;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Users;

/// <summary>
/// <c>PUT /api/users/{login}</c> (admin) {role?, teryt?, displayName?, locked?} → the user's row. A role or
/// municipality change or a lock ends the user's sessions and tokens; <c>locked: false</c> also lifts a lock-out.
/// </summary>
public sealed class ChangeUser : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/api/users/{login}", async (string login, UserAdministration.Change change, ClaimsPrincipal admin, UserAdministration users) =>
                TypedResults.Ok(await users.ChangeAsync(admin, login, change)))
            .RequireAuthorization(Policies.Admin).WithTags("Users");
}
