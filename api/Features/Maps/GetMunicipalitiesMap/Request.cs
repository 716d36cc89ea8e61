using FluentValidation;

namespace Samoocena.Api.Features.Maps.GetMunicipalitiesMap;

/// <summary>What the client sends to GET <c>/api/maps/municipalities.svg</c>.</summary>
public sealed record Request
{
    [QueryParam, BindFrom("highlight")] public string? Highlight { get; init; }
    [QueryParam, BindFrom("category")] public string? Category { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.Category).MunicipalityCategory();
    }
}
