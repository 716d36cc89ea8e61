using FluentValidation;
using System.Globalization;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Features.Municipalities.ListNeighbours;

/// <summary>What the client sends to GET <c>/api/municipalities/{teryt}/neighbours</c>.</summary>
public sealed record Request
{
    [RouteParam] public string Teryt { get; init; } = "";
    [QueryParam, BindFrom("k")] public string? K { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.K)
            .Must(k => k is null || int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= PeerSelector.MaxK)
            .WithMessage($"Liczba sąsiadów k musi być liczbą całkowitą od 1 do {PeerSelector.MaxK}.");
    }
}
