namespace Samoocena.Silo.Grains.Users;

/// <summary>
/// Stored state of a user: account, password hash (PBKDF2 via ASP.NET Core Identity) and lockout; since the
/// security release also the admin lock, the forced password change, the security stamp and the last sign-in.
/// </summary>
[GenerateSerializer]
public sealed class UserState
{
    [Id(0)] public UserAccount? Account { get; set; }
    [Id(1)] public string PasswordHash { get; set; } = "";
    [Id(2)] public int FailedAttempts { get; set; }
    [Id(3)] public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>Locked by an admin: no sign-in, no session, no token.</summary>
    [Id(4)] public bool Locked { get; set; }

    /// <summary>Set by an admin reset: until the user changes the password, only the change is allowed.</summary>
    [Id(5)] public bool MustChangePassword { get; set; }

    /// <summary>Changes whenever the user's sessions and tokens must end; "" for users stored before stamps existed.</summary>
    [Id(6)] public string SecurityStamp { get; set; } = "";

    [Id(7)] public DateTimeOffset? LastSignIn { get; set; }

    /// <summary>Whether the login is known to the user directory (users stored before it existed join on activation).</summary>
    [Id(8)] public bool Listed { get; set; }
}
