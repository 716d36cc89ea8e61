using FluentValidation;

namespace Samoocena.Api.Features.Municipalities.ListMunicipalities;

/// <summary>What the client sends to GET <c>/api/municipalities</c>.</summary>
public sealed record Request
{
    public const int MaxLimit = 2500;

    [QueryParam, BindFrom("category")] public string? Category { get; init; }
    [QueryParam, BindFrom("voivodeship")] public string? Voivodeship { get; init; }

    /// <summary>Name (any case, with or without Polish letters; a prefix of the name or of any word) or the start of a TERYT code.</summary>
    [QueryParam, BindFrom("q")] public string? Q { get; init; }

    /// <summary>At most this many units (1–2500; default: all).</summary>
    [QueryParam, BindFrom("limit")] public string? Limit { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Category).MunicipalityCategory();
            RuleFor(r => r.Limit).Custom((limit, context) =>
            {
                if (limit is not null && !(int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxLimit))
                    context.AddFailure("limit", $"Limit musi być liczbą całkowitą od 1 do {MaxLimit}.");
            });
            RuleFor(r => r.Q).Custom((q, context) =>
            {
                if (q is { Length: > 100 }) context.AddFailure("q", "Szukany tekst może mieć najwyżej 100 znaków.");
            });
        }
    }
}
