using Samoocena.Api.Auth;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Users;

/// <summary><c>GET /api/users</c> (admin) → [{login, role, teryt, displayName, locked, lastSignIn, mustChangePassword, lockedOutUntil}].</summary>
public sealed class ListUsers : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/users", async (UserAdministration users) => TypedResults.Ok(await users.ListAsync()))
            .RequireAuthorization(Policies.Admin).WithTags("Users");
}
