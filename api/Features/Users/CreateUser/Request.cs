namespace Samoocena.Api.Features.Users.CreateUser;

/// <summary>What the client sends to POST <c>/api/users</c>.</summary>
public sealed record Request
{
    public string? Login { get; init; }
    public string? Password { get; init; }
    public string? Role { get; init; }
    public string? Teryt { get; init; }
    public string? DisplayName { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
        }
    }
}
