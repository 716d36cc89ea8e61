using System.Globalization;
using Samoocena.Api.Features.Municipalities;
using Samoocena.Api.Imports;
using Samoocena.Questionnaires.Rankings;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Rankings;
using Samoocena.Api.Problems;

namespace Samoocena.Api.Features.Budget;

/// <summary>
/// Turns the rows of an uploaded budget table into <see cref="BudgetLine"/>s, or the reasons each bad row is refused
/// (every problem of the row, in Polish). Checks: TERYT of a gmina in the registry, a year inside some edition's
/// window, the Rb-28S classification (<see cref="BudgetClassification"/>), an amount in PLN with at most 2 decimals.
/// </summary>
public static class BudgetImportRows
{
    public static readonly string[] Columns = ["teryt", "year", "dzial", "rozdzial", "paragraf", "amount"];

    public sealed record Rejection(int Row, string Reason);

    public static (List<BudgetLine> Lines, List<Rejection> Rejected) Parse(TabularFile file, MunicipalityRegistry registry)
    {
        var lines = new List<BudgetLine>(file.Rows.Count);
        var rejected = new List<Rejection>();
        var (first, last) = RankingCatalog.BudgetYears;
        var problems = new List<string>(4);
        // Excel keeps codes typed as numbers without their leading zeros ("010" → 10); restore them for .xlsx only.
        var xlsx = file.Format == TabularFormat.Xlsx;
        foreach (var row in file.Rows)
        {
            problems.Clear();
            var teryt = Code(row["teryt"], 7, xlsx);
            var terytNumber = 0;
            if (teryt.Length != 7 || !teryt.All(char.IsAsciiDigit) || registry.Find(teryt) is null)
                problems.Add(teryt.Length == 0 ? "Brak kodu TERYT." : Samoocena.Api.Features.Municipalities.GetMunicipality.Endpoint.UnknownTeryt(teryt));
            else terytNumber = BudgetLine.TerytNumber(teryt);

            var yearText = row["year"];
            if (!ImportNumber.TryParseInteger(yearText, out var year) || year is < 1000 or > 9999)
                problems.Add($"Rok musi być liczbą całkowitą (np. 2023): '{Short(yearText)}'.");
            else if (!RankingCatalog.CoversBudgetYear(year))
                problems.Add($"Rok {year} nie należy do okna żadnej edycji rankingu (przyjmowane lata {first}–{last}).");

            if (!BudgetClassification.TryParse(Code(row["dzial"], 3, xlsx), Code(row["rozdzial"], 5, xlsx), Code(row["paragraf"], 4, xlsx),
                    out var dzial, out var rozdzial, out var paragraf, out var classification))
                problems.Add(classification!);

            var amountText = row["amount"];
            if (!TryGrosze(amountText, out var grosze))
                problems.Add($"Kwota musi być liczbą w złotych z co najwyżej 2 miejscami po przecinku (np. 1234,56): '{Short(amountText)}'.");

            if (problems.Count > 0) rejected.Add(new Rejection(row.SourceRow, string.Join(" ", problems)));
            else lines.Add(new BudgetLine(terytNumber, year, dzial, rozdzial, paragraf, grosze));
        }
        return (lines, rejected);
    }

    private static string Code(string text, int length, bool xlsx) =>
        xlsx && text.Length is > 0 && text.Length < length && text.All(char.IsAsciiDigit) ? text.PadLeft(length, '0') : text;

    /// <summary>PLN to grosze, exactly: the number must have at most 2 decimals and stay within ±10¹⁴ zł.</summary>
    private static bool TryGrosze(string text, out long grosze)
    {
        grosze = 0;
        if (!ImportNumber.TryParse(text, out var value) || Math.Abs(value) >= 1e14) return false;
        // 15 significant digits recover the typed decimal exactly ("1234.56" is not exactly representable as a double).
        var scaled = decimal.Parse(value.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture) * 100m;
        if (scaled != decimal.Truncate(scaled)) return false;
        grosze = (long)scaled;
        return true;
    }

    private static string Short(string s) => ProblemResponses.Echo(s, 30);
}
