using Samoocena.Api.Excel;

namespace Samoocena.Tests.Excel;

/// <summary>The three-sheet workbook the writer tests read back.</summary>
internal static class SampleWorkbook
{
    public const string Hyperlink = "=HYPERLINK(\"http://x\",\"y\")";
    public const string PolishText = "Żółć gęślą jaźń";

    public static readonly WorkbookProperties Properties =
        new("Ranking 2025", new DateTimeOffset(2025, 11, 22, 10, 0, 0, TimeSpan.FromHours(1)));

    public static IReadOnlyList<WorkbookSheet> Sheets() =>
    [
        new TableSheet("Wyniki gmin",
            [
                new SheetColumn("TERYT", CellKind.Text),
                new SheetColumn("Gmina", CellKind.Text),
                new SheetColumn("Ludność", CellKind.Integer),
                new SheetColumn("Wynik", CellKind.Decimal2),
                new SheetColumn("Pokrycie", CellKind.Percent),
                new SheetColumn("Data oceny", CellKind.Date),
                new SheetColumn("Opublikowano", CellKind.Boolean),
                new SheetColumn("Uwagi", CellKind.Text),
            ],
            new object?[][]
            {
                ["0201011", PolishText, 12345, 67.891, 0.875, new DateOnly(2025, 3, 14), true, Hyperlink],
                ["0201022", "Bolesławiec", 38000L, 55.5m, 0.6, new DateOnly(2024, 12, 31), false, null],
                ["1465011", "Warszawa", 1_862_345, double.NaN, null, null, null, "+48 -5 @abc"],
            }),
        new TableSheet("Rozkład [2024]/Q?",
            [
                new SheetColumn("Wskaźnik", CellKind.Text),
                new SheetColumn("Mediana", CellKind.Decimal4),
                new SheetColumn("Obliczono", CellKind.DateTime, Width: 20),
            ],
            new object?[][] { ["G1", 0.12345678, new DateTime(2025, 11, 22, 14, 30, 0)] }),
        new DocumentSheet("Metodologia", "Metodologia rankingu",
            [
                "Wyniki zaokrąglono do 4 miejsc po przecinku.",
                string.Concat(Enumerable.Repeat("Długi akapit o metodzie. ", 8)),
            ],
            [
                new SheetParameter("Próg pokrycia", 0.6),
                new SheetParameter("Liczba gmin", 2479),
                new SheetParameter("Data publikacji", new DateOnly(2025, 11, 22)),
                new SheetParameter("Kategoria", "MNPP"),
                new SheetParameter("Wagi równe", true),
            ]),
    ];

    public static byte[] Bytes()
    {
        using var stream = new MemoryStream();
        WorkbookWriter.Write(stream, Properties, Sheets());
        return stream.ToArray();
    }
}
