using System.Globalization;

namespace Samoocena.Api.Excel;

/// <summary>Column widths (in Excel's character units) estimated from the header and a sample of rows,
/// since a streamed sheet must declare its widths before its first row.</summary>
public static class ColumnWidths
{
    public const double Min = 6;
    public const double Max = 60;
    // Room for the autofilter drop-down button beside the header text.
    private const double FilterButton = 3;

    public static double[] Estimate(IReadOnlyList<SheetColumn> columns, IEnumerable<IReadOnlyList<object?>> sample)
    {
        var widths = new double[columns.Count];
        for (var c = 0; c < columns.Count; c++)
            widths[c] = columns[c].Header.Length * 1.1 + FilterButton;
        foreach (var row in sample)
            for (var c = 0; c < Math.Min(row.Count, columns.Count); c++)
                widths[c] = Math.Max(widths[c], DisplayLength(row[c], columns[c].Kind) + 2);
        for (var c = 0; c < columns.Count; c++)
            widths[c] = columns[c].Width ?? Math.Round(Math.Clamp(widths[c], Min, Max), 1);
        return widths;
    }

    /// <summary>Roughly how many characters a value shows in its format.</summary>
    public static int DisplayLength(object? value, CellKind kind)
    {
        if (value is null) return 0;
        if (kind == CellKind.Text || value is string)
        {
            var text = value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
            var longest = 0;
            foreach (var line in text.AsSpan().EnumerateLines()) longest = Math.Max(longest, line.Length);
            return longest;
        }
        return kind switch
        {
            CellKind.Date => 10,
            CellKind.DateTime => 16,
            CellKind.Boolean => 5,
            CellKind.Integer => Digits(value, 1, 0),
            CellKind.Decimal2 => Digits(value, 1, 3),
            CellKind.Decimal4 => Digits(value, 1, 5),
            CellKind.Percent => Digits(value, 100, 4),
            _ => 10,
        };
    }

    private static int Digits(object value, double scale, int extra)
    {
        var number = SheetPartWriter.ToDouble(value) ?? 0;
        if (!double.IsFinite(number)) return 0;
        var whole = Math.Abs(Math.Round(number * scale));
        var digits = whole < 1 ? 1 : (int)Math.Floor(Math.Log10(whole)) + 1;
        return Math.Min(digits, 20) + extra + (number < 0 ? 1 : 0);
    }
}
