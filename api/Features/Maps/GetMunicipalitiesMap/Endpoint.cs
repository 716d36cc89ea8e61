using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Features.Municipalities;
using Samoocena.Api.Maps;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Features.Maps.GetMunicipalitiesMap;

/// <summary>
/// <c>GET /api/maps/municipalities.svg?highlight=&amp;category=</c>: all gminas coloured by category,
/// optionally one category only and one gmina highlighted.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<SvgMapResult, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("municipalities.svg");
        Group<MapsGroup>();
    }

    public override Task<Results<SvgMapResult, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Task.FromResult(Handle(Resolve<MunicipalityRegistry>(), request.Highlight, request.Category));

    private static Results<SvgMapResult, ProblemHttpResult> Handle(
        MunicipalityRegistry registry, string? highlight = null, string? category = null)
    {
        string? only = null;
        if (!string.IsNullOrWhiteSpace(category))
        {
            only = category.Trim().ToUpperInvariant();
        }
        if (!string.IsNullOrWhiteSpace(highlight) && !registry.Contains(highlight.Trim()))
            return ProblemResponses.Result(404, Samoocena.Api.Features.Municipalities.GetMunicipality.Endpoint.UnknownTeryt(highlight.Trim()));
        var map = CategoryScale.Map(registry, only) with { Highlight = string.IsNullOrWhiteSpace(highlight) ? null : highlight.Trim() };
        if (map.Highlight is { } teryt) map = map with { Subtitle = $"Wyróżniona gmina: {registry.Find(teryt)!.Name} ({teryt})" };
        return new SvgMapResult(map.ToSvg(registry));
    }
}
