using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Security;

/// <summary>Checks a login and password for the token and the session endpoints, counting failures per address.</summary>
public sealed class PasswordSignIn(IGrainFactory grains, SignInThrottle throttle)
{
    /// <summary>The signed-in user with its stamp, or null for a wrong login or password.</summary>
    public async Task<UserSecurity?> SignInAsync(HttpContext context, string login, string password)
    {
        throttle.EnsureAllowed(context);
        var user = grains.GetGrain<IUserGrain>(login);
        if (await user.SignInAsync(password) is null)
        {
            throttle.RecordFailure(context);
            return null;
        }
        return await user.GetSecurityAsync();
    }
}
