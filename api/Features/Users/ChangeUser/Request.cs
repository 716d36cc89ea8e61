namespace Samoocena.Api.Features.Users.ChangeUser;

/// <summary>The user (route) and what changes (body; absent fields stay). Rules are checked by <c>UserAdministration</c>.</summary>
public sealed record Request
{
    public string Login { get; init; } = "";
    public string? Role { get; init; }
    public string? Teryt { get; init; }
    public string? DisplayName { get; init; }
    public bool? Locked { get; init; }
}
