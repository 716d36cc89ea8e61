using Samoocena.Questionnaires.Rankings;
using System.Globalization;
using Samoocena.Api.Excel;
using Samoocena.Questionnaires.Statistics;
using Samoocena.Silo.Grains.Rankings;

namespace Samoocena.Api.Features.Rankings;

/// <summary>
/// The ranking workbook: "Metodologia" (method §5, weights, window, green rozdziały, seed, status), one sheet per
/// category (rank, TERYT, name, score, label, G1..G5, rank interval; then the unranked units with the reason) and
/// "Dane wejściowe" (every unit's sums in PLN, population, unrounded G values). Built only from the stored snapshot,
/// dated by its publication (or computation), so a published edition's file has the same cell values every time.
/// Values are those of the JSON: score and G2 as shown (methodology v1.1 §0), shares unrounded (formatted as
/// percentages); the method sheet states the edition's method version and its rounding rule.
/// </summary>
public static class RankingWorkbook
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public static string FileName(RankingSnapshot s) => $"{s.RankingId}-{s.Edition}.xlsx";

    public static WorkbookProperties Properties(RankingStatus status) =>
        new($"{status.Snapshot!.Title} {status.Snapshot.Edition}", status.PublishedAt ?? status.Snapshot.ComputedAt);

    public static IReadOnlyList<WorkbookSheet> Sheets(RankingStatus status)
    {
        var s = status.Snapshot!;
        var sheets = new List<WorkbookSheet> { Method(status) };
        var inputs = s.Inputs.ToDictionary(u => u.Teryt, StringComparer.Ordinal);
        foreach (var c in s.Categories)
        {
            var columns = new List<SheetColumn>
            {
                new("Miejsce", CellKind.Integer), new("TERYT", CellKind.Text), new("Nazwa", CellKind.Text),
                new("Wynik", CellKind.Decimal2), new("Etykieta", CellKind.Text),
            };
            columns.AddRange(s.Indicators.Select(i => new SheetColumn(Heading(i), RankingResponse.IsShare(i) ? CellKind.Percent : CellKind.Decimal2)));
            columns.AddRange([
                new("Miejsce p5 (Monte Carlo)", CellKind.Integer), new("Miejsce p95 (Monte Carlo)", CellKind.Integer),
                new("Mediana miejsca", CellKind.Decimal2), new("Uwagi", CellKind.Text),
            ]);
            var ranked = c.Rows.Select(r =>
            {
                var row = new List<object?> { r.Rank, r.Teryt, r.Name, Scores.AsShown(r.Score), r.Label };
                row.AddRange(s.Indicators.Select(i => (object?)RankingResponse.Display(i, inputs[r.Teryt].Value(i.Id))));
                row.AddRange([r.LowRank, r.HighRank, r.MedianRank, null]);
                return (IReadOnlyList<object?>)row;
            });
            var unranked = c.NotRanked.Select(n =>
            {
                var row = new List<object?> { null, n.Teryt, n.Name, null, "nieklasyfikowana" };
                row.AddRange(s.Indicators.Select(i => (object?)RankingResponse.Display(i, inputs[n.Teryt].Value(i.Id))));
                row.AddRange([null, null, null, n.Reason]);
                return (IReadOnlyList<object?>)row;
            });
            sheets.Add(new TableSheet(SheetTitle(c.Category), columns, ranked.Concat(unranked).ToArray()));
        }
        sheets.Add(Inputs(s));
        return sheets;
    }

    private static DocumentSheet Method(RankingStatus status)
    {
        var s = status.Snapshot!;
        var paragraphs = new List<string>
        {
            s.Method,
            $"Edycja {s.Edition} obejmuje wykonanie wydatków (klasyfikacja Rb-28S) z lat {s.FirstYear}–{s.LastYear}; ludność: rejestr gmin (stan 2024).",
            $"Wydatki majątkowe: paragrafy zaczynające się od {string.Join(", ", s.CapitalParagraphPrefixes)} (x – dowolna cyfra); środki zewnętrzne (UE): paragrafy majątkowe z czwartą cyfrą {string.Join(" lub ", s.ExternalFundingFourthDigits)}. "
                + "Wydatki bieżące: wszystkie pozostałe paragrafy.",
            $"Zielone rozdziały: {string.Join(", ", s.GreenRozdzialy)}.",
            "G1 = zielone wydatki majątkowe / wydatki majątkowe; G2 = zielone wydatki majątkowe / ludność / liczba lat okna; "
                + "G3 = zielone wydatki bieżące / wydatki bieżące; G4 = zielone wydatki majątkowe ze środków zewnętrznych / zielone wydatki majątkowe; "
                + "G5 = udział lat okna z zielonymi wydatkami majątkowymi > 0. Wszystkie wskaźniki są stymulantami.",
            "Indeks (metodologia §4) liczony osobno w każdej kategorii: normalizacja min-max w zbiorze gmin kategorii mających dane, "
                + "wynik = 100 × Σ wᵢ nᵢ / Σ wᵢ po obecnych wskaźnikach; gmina jest klasyfikowana, gdy obecne wskaźniki niosą co najmniej "
                + $"{(100 * s.Coverage).ToString("0.##", Polish)} % wagi (inaczej „nieklasyfikowana” z podaniem brakujących wskaźników). "
                + Places(s) + " Miejsca 1–3 „Lider”, 4–10 „Laureat”.",
            $"Odporność: {s.MonteCarlo.Replicas} replik Monte Carlo (ziarno {s.MonteCarlo.Seed}); w każdej wagi mnożone przez niezależne czynniki "
                + $"U({s.MonteCarlo.WeightFactorMin.ToString(Polish)}; {s.MonteCarlo.WeightFactorMax.ToString(Polish)}), normalizacja min-max albo z-score z prawdopodobieństwem ½; "
                + "podano 5. i 95. percentyl miejsca (zaokrąglony do całości) oraz medianę.",
            Rounding(s),
        };
        if (s.SyntheticUnitYears > 0)
            paragraphs.Insert(0, $"UWAGA: dane syntetyczne (demonstracyjne) – {s.SyntheticUnitYears} gmino-lat w oknie pochodzi z generatora danych przykładowych, nie z rzeczywistych sprawozdań Rb-28S.");
        var parameters = new List<SheetParameter>
        {
            new("Ranking", s.Title),
            new("Edycja", s.Edition),
            new("Status", status.Status == RankingStatus.Published ? "opublikowany" : "wersja robocza"),
            new("Obliczono", s.ComputedAt.UtcDateTime),
            new("Opublikowano", status.PublishedAt?.UtcDateTime),
            new("Okno lat", $"{s.FirstYear}–{s.LastYear}"),
            new("Wersja definicji", s.DefinitionVersion),
            new("Wersja metodologii", s.MethodVersionUsed()),
        };
        parameters.AddRange(s.Indicators.Select(i => new SheetParameter($"Waga {i.Id}: {i.Name}", i.Weight)));
        parameters.AddRange([
            new("Próg pokrycia wag", s.Coverage),
            new("Zielone rozdziały", string.Join(", ", s.GreenRozdzialy)),
            new("Repliki Monte Carlo", s.MonteCarlo.Replicas),
            new("Ziarno Monte Carlo", s.MonteCarlo.Seed),
            new("Gminy z danymi", s.Inputs.Count),
            new("Wiersze budżetu w oknie", s.LinesUsed),
            new("Dane syntetyczne (gmino-lata)", s.SyntheticUnitYears),
        ]);
        return new DocumentSheet("Metodologia", $"{s.Title} – edycja {s.Edition}", paragraphs, parameters);
    }

    /// <summary>How places were decided: under the edition's method version (a published edition keeps its own).</summary>
    private static string Places(RankingSnapshot s) => s.MethodVersion is null
        ? "Miejsca: ranking standardowy (1, 2, 2, 4) po wyniku zaokrąglonym do 4 miejsc po przecinku (metodologia v1.0, "
            + "według której edycję obliczono); remisy w kolejności TERYT."
        : $"Miejsca: ranking standardowy (1, 2, 2, 4) po wyniku takim, jak pokazany (2 miejsca po przecinku, metodologia v{s.MethodVersion}): "
            + "gminy z tym samym pokazanym wynikiem dzielą miejsce, następne miejsce jest pomijane; w obrębie miejsca kolejność według TERYT.";

    private static string Rounding(RankingSnapshot s) => s.MethodVersion is null
        ? "Metodologia v1.0: edycję obliczono przed wprowadzeniem metodologii v1.1 i zachowuje ona swoje miejsca. Porównania (miejsca, remisy, "
            + "próg pokrycia) na wartościach zaokrąglonych do 4 miejsc po przecinku; wynik i G2 pokazano do 2 miejsc po przecinku, "
            + "udziały (G1, G3, G4, G5) bez zaokrąglenia (w procentach); arkusz „Dane wejściowe” podaje wartości niezaokrąglone."
        : $"{Scores.RuleInPolish} Wynik i G2 (zł na mieszkańca rocznie) pokazano do 2 miejsc po przecinku; "
            + "udziały (G1, G3, G4, G5) bez zaokrąglenia (format procentowy); arkusz „Dane wejściowe” podaje wszystkie wartości niezaokrąglone.";

    private static TableSheet Inputs(RankingSnapshot s)
    {
        var columns = new List<SheetColumn>
        {
            new("TERYT", CellKind.Text), new("Nazwa", CellKind.Text), new("Kategoria", CellKind.Text), new("Ludność 2024", CellKind.Integer),
            new("Wydatki majątkowe (zł)", CellKind.Decimal2), new("Zielone wydatki majątkowe (zł)", CellKind.Decimal2),
            new("Wydatki bieżące (zł)", CellKind.Decimal2), new("Zielone wydatki bieżące (zł)", CellKind.Decimal2),
            new("Zielone wydatki majątkowe ze środków zewnętrznych (zł)", CellKind.Decimal2),
            new("Lata z zielonymi wydatkami majątkowymi", CellKind.Integer),
        };
        columns.AddRange(s.Indicators.Select(i => new SheetColumn(Heading(i), CellKind.Decimal4)));
        var rows = s.Inputs.Select(u =>
        {
            var row = new List<object?> { u.Teryt, u.Name, PeerLabels.CategoryOfUnit(u.Category), u.Population, u.CapitalExpenditure, u.GreenCapitalExpenditure,
                u.CurrentExpenditure, u.GreenCurrentExpenditure, u.ExternalGreenCapitalExpenditure, u.YearsWithGreenCapital };
            row.AddRange(s.Indicators.Select(i => (object?)u.Value(i.Id)));
            return (IReadOnlyList<object?>)row;
        }).ToArray();
        return new TableSheet("Dane wejściowe", columns, rows);
    }

    /// <summary>A category's sheet named in words: "Gminy wiejskie" for GW.</summary>
    private static string SheetTitle(string category)
    {
        var words = PeerLabels.Category(category);
        return words.Length == 0 ? category : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>An indicator column named for people: "G1 – Udział zielonych wydatków majątkowych… (udział 0–1)".</summary>
    private static string Heading(RankingIndicator i) => $"{i.Id} – {i.Name} ({i.Unit})";
}
