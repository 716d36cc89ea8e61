using System.Globalization;

namespace Samoocena.Api.Imports;

/// <summary>
/// Reads numbers as people type them in Polish spreadsheets and as .xlsx stores them: "12,5", "12.5",
/// "1 234,5" (spaces group thousands), "-3", "1E-3". A single comma or dot is the decimal mark; a value
/// with more than one of them ("1.234,5", "1,234.5") is ambiguous and rejected. NaN and infinities are rejected.
/// </summary>
public static class ImportNumber
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static bool TryParse(string? text, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var marks = 0;
        foreach (var c in text.AsSpan().Trim())
        {
            switch (c)
            {
                // Thousands are grouped with (non-breaking, thin) spaces in Polish.
                case ' ' or '\u00A0' or '\u202F' or '\u2009': continue;
                case ',' or '.': marks++; buffer[length++] = '.'; break;
                case '\u2212': buffer[length++] = '-'; break;
                default: buffer[length++] = c; break;
            }
        }
        if (marks > 1 || length == 0) return false;
        if (double.TryParse(buffer[..length], Styles, CultureInfo.InvariantCulture, out value) && double.IsFinite(value)) return true;
        value = 0;
        return false;
    }

    /// <summary>A whole number (e.g. a year); "2024" and "2024.0" (as .xlsx may store it) pass, "12,5" does not.</summary>
    public static bool TryParseInteger(string? text, out int value)
    {
        value = 0;
        if (!TryParse(text, out var number) || number != Math.Floor(number) || number < int.MinValue || number > int.MaxValue)
            return false;
        value = (int)number;
        return true;
    }
}
