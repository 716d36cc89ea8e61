namespace Samoocena.Silo.Grains.Users;

/// <summary>One user, keyed by login (lower case).</summary>
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>The account, or null when the login does not exist.</summary>
    Task<UserAccount?> GetAsync();

    /// <summary>Creates the account; 409 when the login is taken.</summary>
    Task<UserAccount> CreateAsync(UserAccount account, string password);

    /// <summary>Sets a new password (admin bootstrap).</summary>
    Task SetPasswordAsync(string password);

    /// <summary>
    /// Checks a password. After 5 failed attempts in a row the account is locked for 5 minutes
    /// (<see cref="Errors.TooManyAttemptsException"/>). Returns null on a wrong login or password; a right password
    /// of an account an admin locked is a <see cref="Errors.ForbiddenException"/>.
    /// </summary>
    Task<UserAccount?> SignInAsync(string password);

    /// <summary>The account with its stamp and flags, or null when the login does not exist.</summary>
    Task<UserSecurity?> GetSecurityAsync();

    /// <summary>
    /// An admin's change. A new role or municipality, or a lock, gives a new stamp (ends sessions and tokens);
    /// an unlock also clears the wrong-password lockout. 404 for an unknown login.
    /// </summary>
    Task<UserSecurity> ChangeAsync(UserChange change);

    /// <summary>An admin's reset: sets a temporary password, requires a change at the next sign-in, new stamp.</summary>
    Task<UserSecurity> ResetPasswordAsync(string temporaryPassword);

    /// <summary>
    /// The user's own change: false when <paramref name="oldPassword"/> is wrong (counted like a failed sign-in);
    /// else the new password, no forced change, a new stamp.
    /// </summary>
    Task<UserSecurity?> ChangePasswordAsync(string oldPassword, string newPassword);
}
