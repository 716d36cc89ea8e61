using Samoocena.Questionnaires.Indicators;

namespace Samoocena.Api.Features.Indicators;

/// <summary><c>GET /api/indicators</c>: the whole catalogue, monitoring and context indicators, in file order.</summary>
public sealed class ListIndicators : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/indicators", () => TypedResults.Ok(IndicatorCatalog.Load().Indicators.Select(IndicatorResponse.From).ToArray()))
            .WithTags("Indicators");
}
