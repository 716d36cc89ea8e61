using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Features.Metrics;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Indicators;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Features.Indices.GetIndex;

/// <summary>
/// <c>GET /api/indices/{indexId}?year=&amp;category=</c> (any signed-in user): the composite index per category
/// (methodology §4): rank, score, Lider/Laureat, inputs, Monte Carlo rank interval [p5, p95]; units failing the
/// coverage rule under notRanked with the missing indicators. Without year: the latest year with data for any component.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<IndexResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("{indexId}");
        Group<IndicesGroup>();
    }

    /// <summary>404 and 403 before 422: the resource and the caller's access are checked before the validator runs.</summary>
    public override Task OnBeforeValidateAsync(Request request, CancellationToken ct)
    {
        if (IndicatorCatalog.Load().FindIndex(request.IndexId) is null)
            throw new Samoocena.Silo.Grains.Errors.NotFoundException($"Nie ma indeksu '{ProblemResponses.Echo(request.IndexId, 40)}' (lista: GET /api/indices).");
        return Task.CompletedTask;
    }

    public override Task<Results<Ok<IndexResponse>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.IndexId, request.Year, request.Category, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>());

    private static async Task<Results<Ok<IndexResponse>, ProblemHttpResult>> Handle(
        string indexId, string? year, string? category, IGrainFactory grains, MunicipalityRegistry registry)
    {
        if (IndicatorCatalog.Load().FindIndex(indexId) is not { } index)
            return ProblemResponses.Result(404, $"Nie ma indeksu '{ProblemResponses.Echo(indexId, 40)}' (lista: GET /api/indices).");
        int y;
        if (year is null)
        {
            var years = await MetricSeries.YearsAsync(grains);
            var latest = index.Components.SelectMany(c => years.GetValueOrDefault(c.Indicator) ?? []).DefaultIfEmpty(0).Max();
            if (latest == 0) return ProblemResponses.Result(404, $"Brak danych wskaźników indeksu {index.Id} w żadnym roku.");
            y = latest;
        }
        else if (!MetricSeries.TryParseYear(year, out y, out var error)) return ProblemResponses.Validation("year", error);
        var result = await IndexResults.GetAsync(grains, registry, index, y);
        return TypedResults.Ok(category is null ? result : result with { Categories = result.Categories.Where(c => c.Category == category).ToArray() });
    }
}
