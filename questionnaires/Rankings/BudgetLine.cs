using System.Globalization;

namespace Samoocena.Questionnaires.Rankings;

/// <summary>
/// One executed-expenditure line of an Rb-28S report, compact so that millions fit in one array:
/// classification codes as integers (dział "010" = 10, rozdział "01010" = 1010, paragraf "6057" = 6057),
/// TERYT as its 7-digit number (0201011 = 201011) and the amount in grosze, so window sums are exact.
/// </summary>
public readonly record struct BudgetLine(int Teryt, int Year, int Dzial, int Rozdzial, int Paragraf, long Grosze)
{
    /// <summary>The executed amount in PLN.</summary>
    public decimal Amount => Grosze / 100m;

    /// <summary>TERYT as the 7-character code with leading zeros.</summary>
    public string TerytCode => Teryt.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Paragraf as its 4-digit code.</summary>
    public string ParagrafCode => Paragraf.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Rozdział as its 5-digit code with leading zeros.</summary>
    public string RozdzialCode => Rozdzial.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>Dział as its 3-digit code with leading zeros.</summary>
    public string DzialCode => Dzial.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>The TERYT number of a 7-digit code ("0201011" → 201011).</summary>
    public static int TerytNumber(string teryt) =>
        teryt.Length == 7 && teryt.All(char.IsAsciiDigit)
            ? int.Parse(teryt, NumberStyles.None, CultureInfo.InvariantCulture)
            : throw new ArgumentException($"Kod TERYT musi mieć 7 cyfr: '{teryt}'.", nameof(teryt));

    /// <summary>
    /// Parses one CSV row <c>teryt;year;dzial;rozdzial;paragraf;amount</c> (the budget import format).
    /// The amount may use '.' or ',' as the decimal separator and has at most 2 decimals.
    /// On failure <paramref name="error"/> says in Polish what is wrong.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> row, out BudgetLine line, out string? error)
    {
        line = default;
        Span<Range> parts = stackalloc Range[7];
        var count = row.Split(parts, ';');
        if (count != 6)
        {
            error = $"Wiersz musi mieć 6 pól rozdzielonych średnikiem (teryt;year;dzial;rozdzial;paragraf;amount), ma {Math.Min(count, 6)}{(count > 6 ? " lub więcej" : "")}.";
            return false;
        }
        var teryt = row[parts[0]].Trim();
        if (teryt.Length != 7 || !IsDigits(teryt))
        {
            error = $"Kod TERYT musi mieć 7 cyfr: '{teryt}'.";
            return false;
        }
        var yearText = row[parts[1]].Trim();
        if (yearText.Length != 4 || !IsDigits(yearText))
        {
            error = $"Rok musi mieć 4 cyfry: '{yearText}'.";
            return false;
        }
        if (!BudgetClassification.TryParse(row[parts[2]].Trim(), row[parts[3]].Trim(), row[parts[4]].Trim(),
                out var dzial, out var rozdzial, out var paragraf, out error))
            return false;
        var amountText = row[parts[5]].Trim();
        if (!TryParseGrosze(amountText, out var grosze))
        {
            error = $"Kwota musi być liczbą z co najwyżej 2 miejscami po przecinku: '{amountText}'.";
            return false;
        }
        line = new BudgetLine(
            int.Parse(teryt, NumberStyles.None, CultureInfo.InvariantCulture),
            int.Parse(yearText, NumberStyles.None, CultureInfo.InvariantCulture),
            dzial, rozdzial, paragraf, grosze);
        error = null;
        return true;
    }

    private static bool TryParseGrosze(ReadOnlySpan<char> text, out long grosze)
    {
        grosze = 0;
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        if (text.Length == 0 || text.Length > buffer.Length) return false;
        text.CopyTo(buffer);
        buffer.Replace(',', '.');
        if (!decimal.TryParse(buffer, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var amount)) return false;
        var scaled = amount * 100m;
        if (scaled != decimal.Truncate(scaled) || Math.Abs(scaled) > long.MaxValue / 4) return false;
        grosze = (long)scaled;
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
