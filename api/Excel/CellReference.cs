namespace Samoocena.Api.Excel;

/// <summary>A1-style cell references: column letters and their zero-based indices.</summary>
public static class CellReference
{
    /// <summary>0 → "A", 25 → "Z", 26 → "AA".</summary>
    public static string ColumnName(int columnIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(columnIndex);
        Span<char> buffer = stackalloc char[4];
        var position = buffer.Length;
        var n = columnIndex + 1;
        while (n > 0)
        {
            var remainder = (n - 1) % 26;
            buffer[--position] = (char)('A' + remainder);
            n = (n - 1) / 26;
        }
        return new string(buffer[position..]);
    }

    /// <summary>"C7" → 2; "AA1" → 26; -1 when the reference does not start with column letters.</summary>
    public static int ColumnIndex(ReadOnlySpan<char> reference)
    {
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z') break;
            // Excel stops at XFD (3 letters); more letters is not a cell reference.
            if (++letters > 3) return -1;
            index = index * 26 + (upper - 'A' + 1);
        }
        return letters == 0 ? -1 : index - 1;
    }

    public static string Of(int columnIndex, int rowNumber) => ColumnName(columnIndex) + rowNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
