using System.Security.Claims;
using Samoocena.Silo.Grains.Errors;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Auth;

/// <summary>Who is calling, and the municipality scope rules of api.md.</summary>
public static class CurrentUser
{
    public const string TerytClaim = "teryt";

    public static string Login(this ClaimsPrincipal user) => user.Identity?.Name ?? user.FindFirstValue(TokenService.SubjectClaim) ?? "";

    public static string Role(this ClaimsPrincipal user) => user.FindFirstValue(TokenService.RoleClaim) ?? user.FindFirstValue(ClaimTypes.Role) ?? "";

    public static string? Teryt(this ClaimsPrincipal user) => user.FindFirstValue(TerytClaim);

    /// <summary>Coordinators and admins act across municipalities.</summary>
    public static bool IsCoordinator(this ClaimsPrincipal user) => user.Role() is Roles.Coordinator or Roles.Admin;

    /// <summary>JST staff of this municipality.</summary>
    public static bool IsStaffOf(this ClaimsPrincipal user, string teryt) =>
        user.Role() == Roles.Jst && user.Teryt() == teryt;

    /// <summary>403 unless the caller is JST staff of <paramref name="teryt"/> (or, when allowed, a coordinator).</summary>
    public static void EnsureMunicipalityAccess(this ClaimsPrincipal user, string teryt, bool coordinatorAllowed = true)
    {
        if (user.IsStaffOf(teryt) || (coordinatorAllowed && user.IsCoordinator())) return;
        throw new ForbiddenException(user.Role() == Roles.Jst
            ? $"Użytkownik JST gminy {user.Teryt()} nie ma dostępu do danych gminy {teryt}."
            : $"Rola '{user.Role()}' nie ma dostępu do danych gminy {teryt}.");
    }
}
