using FluentValidation;

namespace Samoocena.Api.Features.Auth.ChangePassword;

/// <summary>What the password form sends.</summary>
public sealed record Request
{
    public string? OldPassword { get; init; }
    public string? NewPassword { get; init; }

    /// <summary>422 naming the field; the password rules, which need the signed-in login, are checked by the endpoint.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.OldPassword).NotEmpty().WithMessage("Podaj obecne hasło.");
            RuleFor(r => r.NewPassword).NotEmpty().WithMessage("Podaj nowe hasło.");
        }
    }
}
