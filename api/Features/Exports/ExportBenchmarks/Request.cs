using FluentValidation;

namespace Samoocena.Api.Features.Exports.ExportBenchmarks;

/// <summary>What the client sends to GET <c>/api/exports/benchmarks/{indicatorId}.xlsx</c>.</summary>
public sealed record Request
{
    [RouteParam] public string IndicatorId { get; init; } = "";
    [QueryParam, BindFrom("year")] public string? Year { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.Year).Year();
    }
}
