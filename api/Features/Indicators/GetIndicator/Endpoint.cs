using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Indicators;

namespace Samoocena.Api.Features.Indicators.GetIndicator;

/// <summary><c>GET /api/indicators/{id}</c>: one indicator; 404 for an unknown id.</summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<IndicatorResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("{id}");
        Group<IndicatorsGroup>();
    }

    public override Task<Results<Ok<IndicatorResponse>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Task.FromResult(Handle(request.Id));

    private static Results<Ok<IndicatorResponse>, ProblemHttpResult> Handle(string id) =>
        IndicatorCatalog.Load().Find(id) is { } indicator
            ? TypedResults.Ok(IndicatorResponse.From(indicator))
            : ProblemResponses.Result(404, UnknownIndicator(id));

    internal static string UnknownIndicator(string id) =>
        $"Nie ma wskaźnika '{ProblemResponses.Echo(id, 40)}' w katalogu (lista: GET /api/indicators).";
}
