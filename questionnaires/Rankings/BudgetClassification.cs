using System.Globalization;

namespace Samoocena.Questionnaires.Rankings;

/// <summary>
/// Checks the budget classification of one raw line: dział 3 digits, rozdział 5 digits beginning with
/// its dział, paragraf 4 digits. Reasons are Polish because they reach the coordinator's import report.
/// </summary>
public static class BudgetClassification
{
    /// <summary>Null when the codes are valid, else the reason.</summary>
    public static string? Validate(string dzial, string rozdzial, string paragraf) =>
        TryParse(dzial, rozdzial, paragraf, out _, out _, out _, out var error) ? null : error;

    /// <summary>Validates and converts the codes to integers ("010" → 10, "01010" → 1010, "6057" → 6057).</summary>
    public static bool TryParse(
        ReadOnlySpan<char> dzial, ReadOnlySpan<char> rozdzial, ReadOnlySpan<char> paragraf,
        out int dzialCode, out int rozdzialCode, out int paragrafCode, out string? error)
    {
        dzialCode = rozdzialCode = paragrafCode = 0;
        if (dzial.Length != 3 || !IsDigits(dzial))
        {
            error = $"Dział musi mieć 3 cyfry: '{dzial}'.";
            return false;
        }
        if (rozdzial.Length != 5 || !IsDigits(rozdzial))
        {
            error = $"Rozdział musi mieć 5 cyfr: '{rozdzial}'.";
            return false;
        }
        if (!rozdzial.StartsWith(dzial, StringComparison.Ordinal))
        {
            error = $"Rozdział '{rozdzial}' nie należy do działu '{dzial}' (powinien zaczynać się od '{dzial}').";
            return false;
        }
        if (paragraf.Length != 4 || !IsDigits(paragraf))
        {
            error = $"Paragraf musi mieć 4 cyfry: '{paragraf}'.";
            return false;
        }
        dzialCode = int.Parse(dzial, NumberStyles.None, CultureInfo.InvariantCulture);
        rozdzialCode = int.Parse(rozdzial, NumberStyles.None, CultureInfo.InvariantCulture);
        paragrafCode = int.Parse(paragraf, NumberStyles.None, CultureInfo.InvariantCulture);
        error = null;
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
