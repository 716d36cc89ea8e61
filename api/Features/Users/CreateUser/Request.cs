using FluentValidation;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Users;

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
            RuleFor(r => r.Login)
                .Must(l => !string.IsNullOrWhiteSpace(l) && l.Trim().Length is >= 3 and <= 64
                    && l.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@'))
                .WithMessage("Login musi mieć 3–64 znaki: litery łacińskie, cyfry, kropka, myślnik, podkreślnik lub @.");
            RuleFor(r => r.Password).Custom((password, context) =>
            {
                if (Samoocena.Api.Security.PasswordRules.Check(context.InstanceToValidate.Login, password) is { } weak)
                    context.AddFailure("password", weak);
            });
            RuleFor(r => r.Role).Must(r => r is not null && Roles.All.Contains(r))
                .WithMessage(r => $"Nieznana rola '{r.Role}'. Dozwolone: {string.Join(", ", Roles.All)}.");
            RuleFor(r => r.Teryt).Custom((teryt, context) =>
            {
                var r = context.InstanceToValidate;
                if (!string.IsNullOrEmpty(teryt) && !Resolve<MunicipalityRegistry>().Contains(teryt))
                    context.AddFailure("teryt", $"Nieznany kod TERYT gminy '{teryt}'.");
                else if (r.Role == Roles.Jst && string.IsNullOrEmpty(teryt))
                    context.AddFailure("teryt", "Użytkownik JST musi mieć kod TERYT swojej gminy.");
                else if (r.Role is Roles.Admin or Roles.Coordinator && !string.IsNullOrEmpty(teryt))
                    context.AddFailure("teryt", "Kod TERYT podaje się tylko dla ról jst i jury.");
            });
            RuleFor(r => r.DisplayName).MaximumLength(200).WithMessage("Nazwa wyświetlana może mieć najwyżej 200 znaków.");
        }
    }
}
