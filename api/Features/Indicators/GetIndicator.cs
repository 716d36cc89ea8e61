using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Indicators;

namespace Samoocena.Api.Features.Indicators;

/// <summary><c>GET /api/indicators/{id}</c>: one indicator; 404 for an unknown id.</summary>
public sealed class GetIndicator : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/indicators/{id}", Handle).WithTags("Indicators");

    private static Results<Ok<IndicatorResponse>, ProblemHttpResult> Handle(string id) =>
        IndicatorCatalog.Load().Find(id) is { } indicator
            ? TypedResults.Ok(IndicatorResponse.From(indicator))
            : ProblemResponses.Result(404, UnknownIndicator(id));

    internal static string UnknownIndicator(string id) =>
        $"Nie ma wskaźnika '{ProblemResponses.Echo(id, 40)}' w katalogu (lista: GET /api/indicators).";
}
