namespace Samoocena.Silo.Grains.Users;

/// <summary>Stored state of a user: account, password hash (PBKDF2 via ASP.NET Core Identity) and lockout.</summary>
[GenerateSerializer]
public sealed class UserState
{
    [Id(0)] public UserAccount? Account { get; set; }
    [Id(1)] public string PasswordHash { get; set; } = "";
    [Id(2)] public int FailedAttempts { get; set; }
    [Id(3)] public DateTimeOffset? LockedUntil { get; set; }
}
