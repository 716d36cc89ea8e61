using Samoocena.Api.Auth;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Audit;

/// <summary>
/// <c>GET /api/audit?type=&amp;actor=&amp;from=&amp;to=&amp;page=&amp;pageSize=</c> (admin) → [{at, actor, type, target, detail}],
/// newest first; <c>X-Total-Count</c> says how many match.
/// </summary>
public sealed class ListAdminActions : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit", async (HttpContext http, IGrainFactory grains) =>
        {
            var page = await AdminActionQueries.RunAsync(grains, http.Request.Query);
            http.Response.Headers["X-Total-Count"] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Ok(page.Actions);
        }).RequireAuthorization(Policies.Admin).WithTags("Audit");
}
