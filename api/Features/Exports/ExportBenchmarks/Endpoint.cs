using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Excel;
using Samoocena.Api.Features.Indicators;
using Samoocena.Api.Features.Metrics;
using Samoocena.Api.Features.Municipalities;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Indicators;
using Samoocena.Questionnaires.Registry;
using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Api.Features.Exports.ExportBenchmarks;

/// <summary>
/// <c>GET /api/exports/benchmarks/{indicatorId}.xlsx?year=</c> (any signed-in user): every gmina with its value and
/// PeerStats in the default group, its 15 nearest neighbours (a column and a sheet, the same lists as
/// <c>/api/municipalities/{teryt}/neighbours</c>), the source of imported values (column „Źródło danych”, e.g. GUS BDL),
/// and a Metodologia sheet. File <c>benchmark-&lt;id&gt;-&lt;year&gt;.xlsx</c>.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<FileStreamHttpResult, PushStreamHttpResult, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("benchmarks/{indicatorId}.xlsx");
        Group<ExportsGroup>();
        Description(b => b.Produces(200, contentType: ExportsGroup.ExcelContentType));
    }

    /// <summary>404 and 403 before 422: the resource and the caller's access are checked before the validator runs.</summary>
    public override Task OnBeforeValidateAsync(Request request, CancellationToken ct)
    {
        ResourceChecks.Indicator(request.IndicatorId);
        return Task.CompletedTask;
    }

    public override Task<Results<FileStreamHttpResult, PushStreamHttpResult, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.IndicatorId, request.Year, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>(), Resolve<PeerGroups>(), Resolve<TimeProvider>(), ct);

    private static async Task<Results<FileStreamHttpResult, PushStreamHttpResult, ProblemHttpResult>> Handle(
        string indicatorId, string? year, IGrainFactory grains, MunicipalityRegistry registry, PeerGroups peerGroups,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (IndicatorCatalog.Load().Find(indicatorId) is not { } indicator)
            return ProblemResponses.Result(404, Samoocena.Api.Features.Indicators.GetIndicator.Endpoint.UnknownIndicator(indicatorId));
        var (y, yearProblem) = await MetricSeries.ResolveYearAsync(grains, indicator.Id, year);
        if (yearProblem is not null) return yearProblem;

        var current = await MetricSeries.LoadAsync(grains, registry, indicator.Id, y);
        var previous = await MetricSeries.LoadAsync(grains, registry, indicator.Id, y - 1);
        var stats = PeerStatistics.ComputeAll(peerGroups.ForAll(PeerSelector.Default, current.Values), current.Values,
            indicator.HigherIsBetter, previous.Values);
        var now = time.GetUtcNow();
        var sheets = new WorkbookSheet[]
        {
            new TableSheet(SheetNames.Clean($"{indicator.Id} {y}"), Columns, Rows(registry, current, stats)),
            new TableSheet("Sąsiedzi", NeighbourColumns, NeighbourRows(registry)),
            Methodology(indicator, y, current, now),
        };
        var file = $"benchmark-{indicator.Id}-{y.ToString(CultureInfo.InvariantCulture)}.xlsx";
        return TypedResults.Stream(body => WorkbookWriter.WriteAsync(body,
            new WorkbookProperties($"Benchmark {indicator.Id} {y}", now), sheets, cancellationToken), WorkbookWriter.ContentType, file);
    }

    private static readonly SheetColumn[] Columns =
    [
        new("TERYT", CellKind.Text), new("Gmina", CellKind.Text), new("Kategoria", CellKind.Text), new("Klasa wielkości", CellKind.Text),
        new("Województwo", CellKind.Text), new("Wartość", CellKind.Decimal2), new("Dane syntetyczne", CellKind.Boolean),
        new("Grupa porównawcza", CellKind.Text), new("n", CellKind.Integer), new("Grupa poszerzona", CellKind.Boolean),
        new("Minimum", CellKind.Decimal2), new("Q1", CellKind.Decimal2), new("Mediana", CellKind.Decimal2), new("Q3", CellKind.Decimal2),
        new("Maksimum", CellKind.Decimal2), new("Średnia", CellKind.Decimal2), new("Miejsce", CellKind.Integer),
        new("Percentyl", CellKind.Decimal2), new("Pasmo", CellKind.Text), new("z", CellKind.Decimal2), new("Odstająca", CellKind.Boolean),
        new("Kierunek zmian", CellKind.Text), new("Sąsiedzi (15 najbliższych, TERYT)", CellKind.Text),
        new("Wartość niezaokrąglona", CellKind.Decimal4), new("Źródło danych", CellKind.Text),
    ];

    private static readonly SheetColumn[] NeighbourColumns =
    [
        new("TERYT", CellKind.Text), new("Gmina", CellKind.Text), new("Pozycja", CellKind.Integer),
        new("TERYT sąsiada", CellKind.Text), new("Sąsiad", CellKind.Text), new("Odległość", CellKind.Decimal4),
    ];

    private static IEnumerable<IReadOnlyList<object?>> Rows(MunicipalityRegistry registry, MetricSeries series, PeerStats[] stats)
    {
        for (var i = 0; i < registry.All.Count; i++)
        {
            var u = registry.All[i];
            var s = stats[i].AsShown();
            var unrounded = stats[i].Value;
            var neighbours = Samoocena.Api.Features.Municipalities.ListNeighbours.Endpoint.For(registry, u.Teryt, NearestNeighbours.DefaultK);
            yield return
            [
                u.Teryt, u.Name, PeerLabels.CategoryOfUnit(u.Category), PeerLabels.PopulationClass(u.PopulationClass), u.Voivodeship, s.Value, series.Synthetic[i],
                s.GroupLabel, s.N, s.Widened, s.Min, s.Q1, s.Median, s.Q3, s.Max, s.Mean, s.Rank, s.Percentile, s.BandLabel, s.Z, s.Outlier,
                PeerLabels.Trend(s.Trend), string.Join(", ", neighbours.Select(n => n.Teryt)), unrounded, series.Sources[i],
            ];
        }
    }

    private static IEnumerable<IReadOnlyList<object?>> NeighbourRows(MunicipalityRegistry registry)
    {
        foreach (var u in registry.All)
        {
            var position = 0;
            foreach (var n in Samoocena.Api.Features.Municipalities.ListNeighbours.Endpoint.For(registry, u.Teryt, NearestNeighbours.DefaultK))
                yield return [u.Teryt, u.Name, ++position, n.Teryt, n.Name, n.Distance];
        }
    }

    private static DocumentSheet Methodology(Indicator indicator, int year, MetricSeries series, DateTimeOffset now) => new(
        "Metodologia",
        $"Porównanie wskaźnika {indicator.Id} „{indicator.Name}” w roku {year}",
        [
            "Grupa porównawcza (metodologia §2, grupa domyślna): gminy tej samej kategorii (miasta na prawach powiatu, gminy miejskie, " +
            "miejsko-wiejskie, wiejskie) i klasy wielkości (np. 5–10 tys. mieszkańców), które mają wartość wskaźnika; gdy takich gmin jest mniej niż 5, cała kategoria (kolumna „Grupa poszerzona”).",
            "Kwartyle: interpolacja liniowa (typ 7, jak QUARTILE.INC w Excelu). Średnia nieważona. z = (x − średnia)/odchylenie " +
            "standardowe populacji w grupie, puste gdy gmina nie ma wartości albo odchylenie = 0; „Odstająca” gdy |z| ≥ 3 " +
            "(puste, gdy z jest puste).",
            $"Miejsce: 1 = najlepsza wartość według kierunku wskaźnika ({(indicator.HigherIsBetter ? "stymulanta: więcej = lepiej" : "destymulanta: mniej = lepiej")}), " +
            "ranking standardowy (1, 2, 2, 4) na wartościach takich, jak pokazane (2 miejsca po przecinku): równe pokazane wartości " +
            "dzielą miejsce. Percentyl = 100 × (liczba gmin grupy ze ściśle gorszą wartością)/(n − 1), pusty przy n = 1. Pasmo: " +
            "najlepsze 25% grupy (percentyl ≥ 75), środkowe 50%, najsłabsze 25% (< 25), brak oceny (brak wartości albo n = 1: nie ma z kim porównać).",
            $"Kierunek zmian: porównanie z rokiem {year - 1} według kierunku wskaźnika (poprawa, pogorszenie, bez zmian – gdy obie " +
            "pokazane wartości są równe); pusty bez obu wartości.",
            "Sąsiedzi: 15 gmin najbliższych według ważonej odległości euklidesowej standaryzowanych zmiennych kontekstowych " +
            "(ln liczby ludności, ln gęstości zaludnienia, odsetek ludności miejskiej), remisy według TERYT; te same listy pokazuje " +
            "strona gminy. Odległość bez zaokrąglenia (tak jest porównywana).",
            "Liczby w arkuszu zaokrąglone do 2 miejsc po przecinku; kolumna „Wartość niezaokrąglona” podaje daną wejściową bez zaokrąglenia.",
            Scores.RuleInPolish,
            series.Synthetic.Any(s => s)
                ? "UWAGA: część wartości to dane syntetyczne (demonstracyjne), wygenerowane, a nie zmierzone (kolumna „Dane syntetyczne”)."
                : "Wartości pochodzą z danych wprowadzonych lub zaimportowanych przez użytkowników.",
        ],
        [
            new("Wskaźnik", indicator.Id), new("Nazwa", indicator.Name), new("Jednostka", indicator.Unit),
            new("Kierunek", indicator.HigherIsBetter ? "stymulanta: więcej = lepiej" : "destymulanta: mniej = lepiej"), new("Rok", year), new("Wersja danych", series.Version),
            new("Wersja metodologii", Scores.MethodVersion),
            new("Liczba gmin z wartością", series.Values.Count(v => v.HasValue)), new("Utworzono", now),
        ]);
}
