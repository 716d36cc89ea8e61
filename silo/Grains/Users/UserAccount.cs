namespace Samoocena.Silo.Grains.Users;

/// <summary>A user as others see it (never the password hash).</summary>
[GenerateSerializer]
public sealed record UserAccount(
    [property: Id(0)] string Login,
    [property: Id(1)] string Role,
    [property: Id(2)] string? Teryt,
    [property: Id(3)] string? DisplayName);
