using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Samoocena.Silo.Caching;

namespace Samoocena.Api.Security;

/// <summary>
/// On every authenticated request, whatever the scheme: the user must still exist, not be locked, and have the
/// stamp the token or cookie was issued with (a reset, a role or municipality change ends them on every node,
/// because the stamp lives in the user grain). Adds the forced-password-change flag. The facts come from this node's
/// <see cref="UserSecurityCache"/>: a change is published to every node before it answers (bound when a node misses
/// the notice: <see cref="UserSecurityCache.Lifetime"/>), so the user grain is not called on every request.
/// The facts it adds (checked, must change the password) go into an identity of their own next to the signed-in one,
/// which is left as it came: a bearer token's identity is shared by the requests made with it
/// (<see cref="Auth.ValidatedTokenCache"/>).
/// </summary>
public sealed class SecurityStampCheck(UserSecurityCache users) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } login } || principal.HasClaim(IsCheckedMark))
            return principal;
        var security = await users.GetAsync(login);
        var stamp = principal.FindFirstValue(SecurityClaims.Stamp) ?? "";
        if (security is null || security.Locked || security.Stamp != stamp)
            return new ClaimsPrincipal(new ClaimsIdentity());
        var facts = new ClaimsIdentity(security.MustChangePassword ? CheckedMustChange : Checked);
        return new ClaimsPrincipal([.. principal.Identities, facts]);
    }

    private static readonly Predicate<Claim> IsCheckedMark = c => c.Type == SecurityClaims.Checked;

    // ClaimsIdentity copies each claim it is given into itself, so these are never handed out as they are.
    private static readonly Claim[] Checked = [new(SecurityClaims.Checked, "1")];

    private static readonly Claim[] CheckedMustChange = [.. Checked, new(SecurityClaims.MustChangePassword, "true")];
}
