using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Audit.ListAdminActions;

/// <summary>
/// <c>GET /api/audit?type=&amp;actor=&amp;from=&amp;to=&amp;page=&amp;pageSize=</c> (admin): admin actions
/// <c>[{at, actor, type, target, detail}]</c>, newest first, paged; the total in <c>X-Total-Count</c>.
/// </summary>
public sealed class Endpoint : EndpointWithoutRequest<Ok<IReadOnlyList<Samoocena.Silo.Grains.AdminAudit.AdminAction>>>
{
    public override void Configure()
    {
        Get("");
        Group<AuditGroup>();
    }

    public override async Task<Ok<IReadOnlyList<Samoocena.Silo.Grains.AdminAudit.AdminAction>>> ExecuteAsync(CancellationToken ct)
    {
        var page = await AdminActionQueries.RunAsync(Resolve<IGrainFactory>(), HttpContext.Request.Query);
        HttpContext.Response.Headers["X-Total-Count"] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(page.Actions);
    }
}
