using Samoocena.Questionnaires.Indicators;

namespace Samoocena.Api.Features.Indices;

/// <summary><c>GET /api/indices</c>: the SMUP-style composite indices, one per area, with components and weights.</summary>
public sealed class ListIndices : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/indices", () => TypedResults.Ok(IndicatorCatalog.Load().Indices)).WithTags("Indices");
}
