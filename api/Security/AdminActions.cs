using System.Security.Claims;
using Samoocena.Api.Auth;
using Samoocena.Silo.Grains.AdminAudit;

namespace Samoocena.Api.Security;

/// <summary>Records admin actions (user administration, imports, publishes, closes) in the admin log of <c>GET /api/audit</c>.</summary>
public static class AdminActions
{
    public static Task RecordAdminActionAsync(this IGrainFactory grains, ClaimsPrincipal actor, string type, string target, string? detail = null) =>
        grains.GetGrain<IAdminAuditGrain>("all").RecordAsync(actor.Login() is { Length: > 0 } login ? login : "system", type, target, detail);

    /// <summary>The same, for the caller of this request.</summary>
    public static Task RecordAdminActionAsync(this HttpContext context, string type, string target, string? detail = null) =>
        context.RequestServices.GetRequiredService<IGrainFactory>().RecordAdminActionAsync(context.User, type, target, detail);
}
