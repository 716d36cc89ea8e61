namespace Samoocena.Silo.Grains.Users;

/// <summary>A user with the facts the security checks need (never the password hash).</summary>
[GenerateSerializer]
public sealed record UserSecurity(
    [property: Id(0)] UserAccount Account,
    [property: Id(1)] string Stamp,
    [property: Id(2)] bool Locked,
    [property: Id(3)] bool MustChangePassword,
    [property: Id(4)] DateTimeOffset? LastSignIn,
    [property: Id(5)] DateTimeOffset? LockedUntil);
