using FluentValidation;
using Samoocena.Api.Problems;

namespace Samoocena.Api.Features.Maps.GetBenchmarkMap;

/// <summary>What the client sends to GET <c>/api/maps/benchmarks/{indicatorId}.svg</c>.</summary>
public sealed record Request
{
    [RouteParam] public string IndicatorId { get; init; } = "";
    [QueryParam, BindFrom("year")] public string? Year { get; init; }
    [QueryParam, BindFrom("mode")] public string? Mode { get; init; }
    [QueryParam, BindFrom("highlight")] public string? Highlight { get; init; }
    [QueryParam, BindFrom("peers")] public string? Peers { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Year).Year();
            RuleFor(r => r.Peers).Peers();
            RuleFor(r => r.Mode)
                .Must(m => string.IsNullOrWhiteSpace(m) || m.Trim().ToLowerInvariant() is Endpoint.Bands or Endpoint.Values)
                .WithMessage(r => $"Nieznany tryb mapy '{ProblemResponses.Echo(r.Mode!, 20)}'. Dozwolone: bands (pasma w grupie porównawczej), values (wartości).");
        }
    }
}
