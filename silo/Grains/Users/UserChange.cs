namespace Samoocena.Silo.Grains.Users;

/// <summary>
/// An admin's change of a user; null leaves a field as it is. <see cref="ClearTeryt"/> removes the municipality
/// (an empty <c>teryt</c> in the request), <see cref="ClearDisplayName"/> the display name.
/// </summary>
[GenerateSerializer]
public sealed record UserChange(
    [property: Id(0)] string? Role,
    [property: Id(1)] string? Teryt,
    [property: Id(2)] bool ClearTeryt,
    [property: Id(3)] string? DisplayName,
    [property: Id(4)] bool ClearDisplayName,
    [property: Id(5)] bool? Locked);
