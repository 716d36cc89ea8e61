using FluentValidation;

namespace Samoocena.Api.Features.Municipalities.ListMunicipalities;

/// <summary>What the client sends to GET <c>/api/municipalities</c>.</summary>
public sealed record Request
{
    [QueryParam, BindFrom("category")] public string? Category { get; init; }
    [QueryParam, BindFrom("voivodeship")] public string? Voivodeship { get; init; }
    [QueryParam, BindFrom("q")] public string? Q { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.Category).MunicipalityCategory();
    }
}
