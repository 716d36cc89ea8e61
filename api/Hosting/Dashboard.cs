using Microsoft.AspNetCore.Routing.Patterns;
using Orleans.Dashboard;
using Samoocena.Api.Auth;
using Samoocena.Api.Security;

namespace Samoocena.Api.Hosting;

/// <summary>
/// The Orleans Dashboard (silos, grain activations, call rates and latencies) at <see cref="Path"/> on nodes started with
/// <c>SAMOOCENA_DASHBOARD=1</c> (off by default: it costs memory on every node), for admins only
/// through the page session cookie (or an admin bearer token). Grain state is never shown: grain states hold password
/// hashes, the token signing key and the Data Protection key ring, and the dashboard's <c>GrainState</c> endpoint
/// would read any grain's state by id, so it answers 404 here; the live log stream is off
/// (<c>HideTrace</c>). Its relaxed CSP is <see cref="ContentSecurityPolicy.OrleansDashboardPath"/>.
/// </summary>
public static class Dashboard
{
    public const string Path = ContentSecurityPolicy.OrleansDashboardPath;

    /// <summary>The dashboard routes that read grain state or logs; none of them is served.</summary>
    private static readonly string[] Withheld = ["/GrainState", "/Trace"];

    internal static bool IsWithheld(RoutePattern? pattern) =>
        pattern?.RawText is { } raw && Withheld.Any(w => raw.EndsWith(w, StringComparison.OrdinalIgnoreCase));

    public static void MapSamoocenaDashboard(this WebApplication app)
    {
        if (!Samoocena.Silo.Hosting.SiloHosting.DashboardEnabled(app.Configuration)) return;
        var group = app.MapOrleansDashboard(routePrefix: Path);
        group.RequireAuthorization(Policies.Admin);
        // An operators' tool, not part of the API: kept out of /openapi/v1.json.
        group.ExcludeFromDescription();
        group.AddEndpointFilter(async (context, next) =>
        {
            if (IsWithheld((context.HttpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern)) return Results.NotFound();
            return await next(context);
        });
    }
}
