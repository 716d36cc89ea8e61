using FluentValidation;

namespace Samoocena.Api.Features.Auth.IssueToken;

/// <summary>What the client sends to POST <c>/api/auth/token</c>.</summary>
public sealed record Request
{
    public string? Login { get; init; }
    public string? Password { get; init; }

    /// <summary>A missing login or password is a malformed request: 400 (the endpoint asks for it), not 422.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Login).Must(l => !string.IsNullOrWhiteSpace(l)).WithMessage("Podaj login.");
            RuleFor(r => r.Password).NotEmpty().WithMessage("Podaj hasło.");
        }
    }
}
