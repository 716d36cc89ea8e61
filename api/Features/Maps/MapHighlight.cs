using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Features.Municipalities;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Features.Maps;

/// <summary>The <c>highlight=&lt;teryt&gt;</c> query of the map endpoints: empty means none, an unknown TERYT is a 404 problem.</summary>
public static class MapHighlight
{
    public static ProblemHttpResult? Parse(MunicipalityRegistry registry, string? text, out string? teryt)
    {
        teryt = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (teryt is null || registry.Contains(teryt)) return null;
        var shown = ProblemResponses.Echo(teryt, 20);
        teryt = null;
        return ProblemResponses.Result(404, Samoocena.Api.Features.Municipalities.GetMunicipality.Endpoint.UnknownTeryt(shown));
    }
}
