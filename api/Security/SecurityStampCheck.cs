using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Security;

/// <summary>
/// On every authenticated request, whatever the scheme: the user must still exist, not be locked, and have the
/// stamp the token or cookie was issued with (a reset, a role or municipality change ends them on every node,
/// because the stamp lives in the user grain). Adds the forced-password-change flag.
/// </summary>
public sealed class SecurityStampCheck(IGrainFactory grains) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } login } || principal.HasClaim(c => c.Type == SecurityClaims.Checked))
            return principal;
        var security = await grains.GetGrain<IUserGrain>(login).GetSecurityAsync();
        var stamp = principal.FindFirstValue(SecurityClaims.Stamp) ?? "";
        if (security is null || security.Locked || security.Stamp != stamp)
            return new ClaimsPrincipal(new ClaimsIdentity());
        var identity = ((ClaimsIdentity)principal.Identity).Clone();
        identity.AddClaim(new Claim(SecurityClaims.Checked, "1"));
        if (security.MustChangePassword) identity.AddClaim(new Claim(SecurityClaims.MustChangePassword, "true"));
        return new ClaimsPrincipal(identity);
    }
}
