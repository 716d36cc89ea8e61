using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Auth.EndSession;

/// <summary><c>DELETE /api/auth/session</c>: signs out; the cookie stops working on every node → 204.</summary>
public sealed class Endpoint : EndpointWithoutRequest<NoContent>
{
    public override void Configure()
    {
        Delete("session");
        Group<AuthGroup>();
    }

    public override async Task<NoContent> ExecuteAsync(CancellationToken ct)
    {
        await Resolve<WebSessions>().EndAsync(HttpContext);
        return TypedResults.NoContent();
    }
}
