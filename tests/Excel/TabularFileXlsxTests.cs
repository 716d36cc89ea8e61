using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Samoocena.Api.Imports;

namespace Samoocena.Tests.Excel;

/// <summary>Reads workbooks shaped as Excel saves them (shared strings, left-out empty cells), built here with the SDK's DOM.</summary>
public sealed class TabularFileXlsxTests
{
    private static byte[] ExcelLikeWorkbook()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var strings = workbookPart.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new Text("teryt")),
                new SharedStringItem(new Text("Value ")),
                // Rich text: two runs make one value; the phonetic hint is not part of it.
                new SharedStringItem(new Run(new Text("Ga")), new Run(new Text("mina")), new PhoneticRun(new Text("x")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 }),
                new SharedStringItem(new Text("0201011")));

            // The part added first is not the first sheet: the order in <sheets> decides.
            var other = workbookPart.AddNewPart<WorksheetPart>();
            other.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("inny")) }) { RowIndex = 1 }));
            var data = workbookPart.AddNewPart<WorksheetPart>();
            data.Worksheet = new Worksheet(new SheetData(
                new Row(
                    new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue("0") },
                    // B1 left out: an empty header cell.
                    new Cell { CellReference = "C1", DataType = CellValues.SharedString, CellValue = new CellValue("1") },
                    new Cell { CellReference = "D1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("year")) },
                    new Cell { CellReference = "E1", DataType = CellValues.SharedString, CellValue = new CellValue("2") }) { RowIndex = 1 },
                // Row 2 left out entirely; row 3 has no cell in B and none in E.
                new Row(
                    new Cell { CellReference = "A3", DataType = CellValues.SharedString, CellValue = new CellValue("3") },
                    new Cell { CellReference = "C3", CellValue = new CellValue("12.5") },
                    new Cell { CellReference = "D3", CellValue = new CellValue("2024") }) { RowIndex = 3 },
                new Row(
                    new Cell { CellReference = "C4", CellValue = new CellValue("1E-3") },
                    new Cell { CellReference = "E4", DataType = CellValues.Boolean, CellValue = new CellValue("1") }) { RowIndex = 4 }));

            workbookPart.Workbook = new Workbook(new Sheets(
                new Sheet { Name = "Dane", SheetId = 1, Id = workbookPart.GetIdOfPart(data) },
                new Sheet { Name = "Inny", SheetId = 2, Id = workbookPart.GetIdOfPart(other) }));
        }
        return stream.ToArray();
    }

    [Fact]
    public void Reads_the_first_sheet_by_header_with_shared_strings_and_left_out_cells()
    {
        var file = TabularFile.Read(new MemoryStream(ExcelLikeWorkbook()), ["TERYT", "value", "year"]);

        file.Format.Should().Be(TabularFormat.Xlsx);
        file.Columns.Should().Equal("teryt", "Value", "year", "Gamina");
        file.Rows.Select(r => (r.SourceRow, r["teryt"], r["value"], r["year"], r["gamina"]))
            .Should().Equal((3, "0201011", "12.5", "2024", ""), (4, "", "1E-3", "", "TRUE"));
    }

    [Fact]
    public void Missing_column_in_a_workbook_lists_what_was_found()
    {
        var read = () => TabularFile.Read(new MemoryStream(ExcelLikeWorkbook()), ["teryt", "indicatorId"]);

        read.Should().Throw<TabularFileException>().WithMessage(
            "Brak wymaganych kolumn: indicatorId. Oczekiwane kolumny: teryt, indicatorId. Znalezione kolumny: teryt, Value, year, Gamina.");
    }

    [Fact]
    public void Broken_zip_is_rejected_as_not_a_workbook()
    {
        var bytes = ExcelLikeWorkbook().Take(200).ToArray();

        var read = () => TabularFile.Read(new MemoryStream(bytes), ["teryt"]);

        read.Should().Throw<TabularFileException>().WithMessage("Plik nie jest poprawnym skoroszytem .xlsx (nie udało się go otworzyć).");
    }
}
