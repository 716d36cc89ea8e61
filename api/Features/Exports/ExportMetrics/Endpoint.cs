using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Excel;
using Samoocena.Api.Features.Indicators;
using Samoocena.Api.Features.Metrics;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Indicators;
using Samoocena.Questionnaires.Registry;
using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Api.Features.Exports.ExportMetrics;

/// <summary>
/// <c>GET /api/exports/metrics/{indicatorId}.xlsx?year=</c> (any signed-in user): the stored values of one indicator
/// (one year, or every year with data) as a first sheet "Dane" with exactly the columns of the metrics import
/// (<c>teryt, year, indicatorId, value</c>, values unrounded), so an analyst can edit the file in Excel and send
/// it back through <c>POST /api/metrics/import</c>; plus a Metodologia sheet.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<PushStreamHttpResult, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("metrics/{indicatorId}.xlsx");
        Group<ExportsGroup>();
        Description(b => b.Produces(200, contentType: ExportsGroup.ExcelContentType));
    }

    /// <summary>404 and 403 before 422: the resource and the caller's access are checked before the validator runs.</summary>
    public override Task OnBeforeValidateAsync(Request request, CancellationToken ct)
    {
        ResourceChecks.Indicator(request.IndicatorId);
        return Task.CompletedTask;
    }

    public override Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.IndicatorId, request.Year, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>(), Resolve<TimeProvider>(), ct);

    private static readonly SheetColumn[] Columns =
    [
        new("teryt", CellKind.Text), new("year", CellKind.Integer), new("indicatorId", CellKind.Text), new("value", CellKind.Decimal4),
        new("Gmina", CellKind.Text), new("Jednostka", CellKind.Text), new("Dane syntetyczne", CellKind.Boolean),
    ];

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Handle(
        string indicatorId, string? year, IGrainFactory grains, MunicipalityRegistry registry, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (IndicatorCatalog.Load().Find(indicatorId) is not { } indicator)
            return ProblemResponses.Result(404, Samoocena.Api.Features.Indicators.GetIndicator.Endpoint.UnknownIndicator(indicatorId));
        int[] years;
        if (year is null)
            years = (await MetricSeries.YearsAsync(grains)).GetValueOrDefault(indicator.Id) ?? [];
        else if (MetricSeries.TryParseYear(year, out var y, out var error)) years = [y];
        else return ProblemResponses.Validation("year", error);

        var series = new List<MetricSeries>();
        foreach (var y in years) series.Add(await MetricSeries.LoadAsync(grains, registry, indicator.Id, y));
        var now = time.GetUtcNow();
        var sheets = new WorkbookSheet[]
        {
            new TableSheet("Dane", Columns, Rows(registry, indicator, series)),
            new DocumentSheet("Metodologia", $"Wartości wskaźnika {indicator.Id} „{indicator.Name}”",
            [
                "Arkusz „Dane” ma kolumny importu (teryt, year, indicatorId, value): po zmianach w Excelu można go wczytać z powrotem " +
                "przez POST /api/metrics/import (import jest niepodzielny: błędny wiersz wstrzymuje cały plik).",
                "Wartości nie są zaokrąglone (format komórki pokazuje 4 miejsca po przecinku): to dane wejściowe. Brak wiersza = brak wartości.",
                Scores.RuleInPolish,
                series.Any(s => s.Synthetic.Any(x => x))
                    ? "UWAGA: część wartości to dane syntetyczne (demonstracyjne), kolumna „Dane syntetyczne”."
                    : "Wartości pochodzą z danych wprowadzonych lub zaimportowanych przez użytkowników.",
            ],
            [
                new("Wskaźnik", indicator.Id), new("Nazwa", indicator.Name), new("Jednostka", indicator.Unit),
                new("Wersja metodologii", Scores.MethodVersion),
                new("Lata", string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)))),
                new("Wersje danych", string.Join(", ", series.Select(s => $"{s.Year}: {s.Version}"))), new("Data eksportu", now),
            ]),
        };
        var file = $"wskaznik-{indicator.Id}{(year is null ? "" : "-" + years[0].ToString(CultureInfo.InvariantCulture))}.xlsx";
        return TypedResults.Stream(body => WorkbookWriter.WriteAsync(body, new WorkbookProperties($"Wskaźnik {indicator.Id}", now),
            sheets, cancellationToken), WorkbookWriter.ContentType, file);
    }

    private static IEnumerable<IReadOnlyList<object?>> Rows(MunicipalityRegistry registry, Indicator indicator, IReadOnlyList<MetricSeries> series)
    {
        foreach (var s in series)
            for (var i = 0; i < registry.All.Count; i++)
                if (s.Values[i] is { } value)
                    yield return [registry.All[i].Teryt, s.Year, indicator.Id, value, registry.All[i].Name, indicator.Unit, s.Synthetic[i]];
    }
}
