using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Auth;

/// <summary><c>DELETE /api/auth/session</c> → 204: the session ends on every node and the cookie is cleared.</summary>
public sealed class EndSession : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/auth/session", async (HttpContext http, WebSessions sessions) =>
        {
            await sessions.EndAsync(http);
            return TypedResults.NoContent();
        }).WithTags("Auth");
}
