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
    /// (<see cref="Errors.TooManyAttemptsException"/>). Returns null on a wrong login or password.
    /// </summary>
    Task<UserAccount?> SignInAsync(string password);
}
