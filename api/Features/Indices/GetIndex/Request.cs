using FluentValidation;

namespace Samoocena.Api.Features.Indices.GetIndex;

/// <summary>What the client sends to GET <c>/api/indices/{indexId}</c>.</summary>
public sealed record Request
{
    [RouteParam] public string IndexId { get; init; } = "";
    [QueryParam, BindFrom("year")] public string? Year { get; init; }
    [QueryParam, BindFrom("category")] public string? Category { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Year).Year();
            RuleFor(r => r.Category).Must(c => c is null || IndexResults.Categories.Contains(c))
                .WithMessage($"Nieznana kategoria. Dozwolone: {string.Join(", ", IndexResults.Categories)}.");
        }
    }
}
