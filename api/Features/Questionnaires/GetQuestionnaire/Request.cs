using FluentValidation;
using System.Globalization;

namespace Samoocena.Api.Features.Questionnaires.GetQuestionnaire;

/// <summary>What the client sends to GET <c>/api/questionnaires/{id}</c>.</summary>
public sealed record Request
{
    [RouteParam] public string Id { get; init; } = "";
    [QueryParam, BindFrom("version")] public string? Version { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.Version)
            .Must(v => string.IsNullOrEmpty(v) || int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
            .WithMessage(r => $"Wersja musi być dodatnią liczbą całkowitą, otrzymano '{(r.Version!.Length > 20 ? r.Version[..20] : r.Version)}'.");
    }
}
