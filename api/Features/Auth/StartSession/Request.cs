namespace Samoocena.Api.Features.Auth.StartSession;

/// <summary>What the sign-in form sends. Missing fields are 400 (as for tokens): there is nothing to validate yet.</summary>
public sealed record Request
{
    public string? Login { get; init; }
    public string? Password { get; init; }
}
