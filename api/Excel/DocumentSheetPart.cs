using DocumentFormat.OpenXml.Spreadsheet;

namespace Samoocena.Api.Excel;

/// <summary>Lays out a <see cref="DocumentSheet"/>: title in A1, paragraphs merged over A:B with wrapped text,
/// then the parameter table with a header row.</summary>
internal static class DocumentSheetPart
{
    private const double NameWidth = 45;
    private const double ValueWidth = 60;
    // Characters that fit on one wrapped line of A:B at 11 pt, a little under the combined width.
    private const int CharactersPerLine = 95;
    private const double LineHeight = 15;

    public static void Write(Stream partStream, DocumentSheet sheet, bool selected)
    {
        using var part = new SheetPartWriter(partStream);
        var xml = part.Xml;
        xml.WriteStartElement(new Worksheet());
        xml.WriteElement(new SheetViews(new SheetView { WorkbookViewId = 0, TabSelected = selected ? true : null }));
        xml.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        xml.WriteElement(new Columns(
            new Column { Min = 1, Max = 1, Width = NameWidth, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = ValueWidth, CustomWidth = true }));

        xml.WriteStartElement(new SheetData());
        var row = 1;
        part.StartRow(row, 20);
        part.TextCell(0, row, sheet.Title, WorkbookStyles.Title);
        part.EndRow();
        row++;

        var merged = new List<string>();
        foreach (var paragraph in sheet.Paragraphs)
        {
            row++;
            // Excel does not grow merged cells to fit wrapped text, so the height is set from the text.
            part.StartRow(row, LineHeight * Lines(paragraph));
            part.TextCell(0, row, paragraph, WorkbookStyles.Wrapped);
            part.EndRow();
            merged.Add($"A{row}:B{row}");
        }

        if (sheet.Parameters.Count > 0)
        {
            row += 2;
            part.StartRow(row);
            part.TextCell(0, row, sheet.NameHeader, WorkbookStyles.Header);
            part.TextCell(1, row, sheet.ValueHeader, WorkbookStyles.Header);
            part.EndRow();
            foreach (var parameter in sheet.Parameters)
            {
                row++;
                part.StartRow(row);
                part.TextCell(0, row, parameter.Name, WorkbookStyles.Wrapped);
                part.InferredCell(1, row, parameter.Value);
                part.EndRow();
            }
        }
        xml.WriteEndElement();

        if (merged.Count > 0)
            xml.WriteElement(new MergeCells(merged.Select(r => new MergeCell { Reference = r })) { Count = (uint)merged.Count });
        xml.WriteEndElement();
    }

    internal static int Lines(string paragraph)
    {
        var lines = 0;
        foreach (var line in paragraph.AsSpan().EnumerateLines())
            lines += Math.Max(1, (line.Length + CharactersPerLine - 1) / CharactersPerLine);
        return Math.Max(1, lines);
    }
}
