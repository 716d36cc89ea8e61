using System.Security.Claims;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Auth;

/// <summary><c>GET /api/auth/session</c> → {login, role, teryt, antiforgery, mustChangePassword} of the caller.</summary>
public sealed class GetSession : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/auth/session", (ClaimsPrincipal user) => TypedResults.Ok(WebSessions.Describe(user))).WithTags("Auth");
}
