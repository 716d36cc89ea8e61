using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Auth.GetSession;

/// <summary>
/// <c>GET /api/auth/session</c> (signed in): who is signed in and the anti-forgery value the pages send back in
/// <c>X-CSRF-Token</c> → <c>{login, role, teryt, antiforgery, mustChangePassword}</c>.
/// </summary>
public sealed class Endpoint : EndpointWithoutRequest<Ok<WebSessions.Description>>
{
    public override void Configure()
    {
        Get("session");
        Group<AuthGroup>();
    }

    public override Task<Ok<WebSessions.Description>> ExecuteAsync(CancellationToken ct) =>
        Task.FromResult(TypedResults.Ok(WebSessions.Describe(User)));
}
