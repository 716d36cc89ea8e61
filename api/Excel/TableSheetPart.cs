using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Samoocena.Api.Excel;

/// <summary>Streams a <see cref="TableSheet"/>: frozen header, estimated widths, rows as they are enumerated, autofilter.</summary>
internal static class TableSheetPart
{
    public const int MaxRows = 1_048_576;
    private const int WidthSampleRows = 200;

    /// <summary>Writes the part and returns the autofilter range (e.g. "A1:J100001").</summary>
    public static string Write(Stream partStream, TableSheet sheet, string sheetName, bool selected)
    {
        var columns = sheet.Columns;
        if (columns.Count == 0) throw new ArgumentException($"Sheet '{sheetName}' has no columns.");
        var styles = columns.Select(c => WorkbookStyles.For(c.Kind)).ToArray();

        using var rows = sheet.Rows.GetEnumerator();
        var sample = new List<IReadOnlyList<object?>>();
        while (sample.Count < WidthSampleRows && rows.MoveNext()) sample.Add(rows.Current);
        var widths = ColumnWidths.Estimate(columns, sample);

        using var part = new SheetPartWriter(partStream);
        var xml = part.Xml;
        xml.WriteStartElement(new Worksheet());
        xml.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0, TabSelected = selected ? true : null }));
        xml.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        var cols = new Columns();
        for (var c = 0; c < widths.Length; c++)
            cols.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = widths[c], CustomWidth = true });
        xml.WriteElement(cols);

        xml.WriteStartElement(new SheetData());
        part.StartRow(1);
        for (var c = 0; c < columns.Count; c++) part.TextCell(c, 1, columns[c].Header, WorkbookStyles.Header);
        part.EndRow();

        var rowNumber = 1;
        foreach (var row in sample) WriteRow(part, sheetName, columns, styles, row, ++rowNumber);
        while (rows.MoveNext())
        {
            if (rowNumber == MaxRows)
                throw new InvalidOperationException($"Sheet '{sheetName}' has more rows than Excel can hold ({MaxRows}).");
            WriteRow(part, sheetName, columns, styles, rows.Current, ++rowNumber);
        }
        xml.WriteEndElement();

        var range = $"A1:{CellReference.ColumnName(columns.Count - 1)}{rowNumber.ToString(CultureInfo.InvariantCulture)}";
        xml.WriteElement(new AutoFilter { Reference = range });
        xml.WriteEndElement();
        return range;
    }

    private static void WriteRow(SheetPartWriter part, string sheetName, IReadOnlyList<SheetColumn> columns, uint[] styles,
        IReadOnlyList<object?> row, int rowNumber)
    {
        if (row.Count > columns.Count)
            throw new ArgumentException($"Row {rowNumber} of sheet '{sheetName}' has {row.Count} values for {columns.Count} columns.");
        part.StartRow(rowNumber);
        for (var c = 0; c < row.Count; c++) part.Cell(c, rowNumber, row[c], columns[c].Kind, styles[c]);
        part.EndRow();
    }
}
