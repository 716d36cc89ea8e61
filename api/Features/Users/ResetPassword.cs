using System.Security.Claims;
using Samoocena.Api.Auth;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Users;

/// <summary><c>POST /api/users/{login}/reset-password</c> (admin) → {temporaryPassword, mustChangePassword: true}.</summary>
public sealed class ResetPassword : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/users/{login}/reset-password", async (string login, ClaimsPrincipal admin, UserAdministration users) =>
                TypedResults.Ok(new Response(await users.ResetPasswordAsync(admin, login), true)))
            .RequireAuthorization(Policies.Admin).WithTags("Users");

    public sealed record Response(string TemporaryPassword, bool MustChangePassword);
}
