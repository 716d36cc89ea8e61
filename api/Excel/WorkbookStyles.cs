using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Samoocena.Api.Excel;

/// <summary>The one stylesheet every workbook carries, and the indices of its cell formats.</summary>
internal static class WorkbookStyles
{
    public const uint General = 0;
    public const uint Header = 1;
    public const uint Integer = 2;
    public const uint Decimal2 = 3;
    public const uint Decimal4 = 4;
    public const uint Percent = 5;
    public const uint Date = 6;
    public const uint DateTime = 7;
    public const uint Wrapped = 8;
    public const uint Title = 9;

    // Built-in number formats: 1 = "0", 2 = "0.00", 10 = "0.00%". Custom ones start at 164.
    private const uint DateFormatId = 164;
    private const uint DateTimeFormatId = 165;
    private const uint Decimal4FormatId = 166;

    public static uint For(CellKind kind) => kind switch
    {
        CellKind.Integer => Integer,
        CellKind.Decimal2 => Decimal2,
        CellKind.Decimal4 => Decimal4,
        CellKind.Percent => Percent,
        CellKind.Date => Date,
        CellKind.DateTime => DateTime,
        _ => General,
    };

    public static Stylesheet Build()
    {
        var numberingFormats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = DateTimeFormatId, FormatCode = "yyyy-mm-dd hh:mm" },
            new NumberingFormat { NumberFormatId = Decimal4FormatId, FormatCode = "0.0000" })
        { Count = 3 };

        var fonts = new Fonts(
            Font(bold: false, size: 11),
            Font(bold: true, size: 11),
            Font(bold: true, size: 14))
        { Count = 3 };

        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(
                new ForegroundColor { Rgb = HexBinaryValue.FromString("FFD9E1F2") },
                new BackgroundColor { Indexed = 64 })
            { PatternType = PatternValues.Solid }))
        { Count = 3 };

        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(),
                new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
        { Count = 2 };

        var cellStyleFormats = new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 };

        var cellFormats = new CellFormats(
            Format(0),
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center })
            { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            Format(1),
            Format(2),
            Format(Decimal4FormatId),
            Format(10),
            Format(DateFormatId),
            Format(DateTimeFormatId),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true })
        { Count = 10 };

        // Readers such as openpyxl warn about a workbook without the built-in "Normal" style.
        var cellStyles = new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 };

        return new Stylesheet(numberingFormats, fonts, fills, borders, cellStyleFormats, cellFormats, cellStyles,
            new DifferentialFormats { Count = 0 });
    }

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = size });
        font.Append(new FontName { Val = "Calibri" });
        font.Append(new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static CellFormat Format(uint numberFormatId) => new()
    {
        NumberFormatId = numberFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0,
        ApplyNumberFormat = numberFormatId != 0,
    };
}
