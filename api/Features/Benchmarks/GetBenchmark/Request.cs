using FluentValidation;

namespace Samoocena.Api.Features.Benchmarks.GetBenchmark;

/// <summary>What the client sends to GET <c>/api/benchmarks/{indicatorId}/{teryt}</c>.</summary>
public sealed record Request
{
    [RouteParam] public string IndicatorId { get; init; } = "";
    [RouteParam] public string Teryt { get; init; } = "";
    [QueryParam, BindFrom("year")] public string? Year { get; init; }
    [QueryParam, BindFrom("peers")] public string? Peers { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Year).Year();
            RuleFor(r => r.Peers).Peers();
        }
    }
}
