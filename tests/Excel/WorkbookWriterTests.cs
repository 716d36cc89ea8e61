using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Samoocena.Api.Excel;
using Samoocena.Api.Imports;

namespace Samoocena.Tests.Excel;

public sealed class WorkbookWriterTests
{
    private static readonly XlsxWorkbook Independent = IndependentXlsxReader.Inspect(SampleWorkbook.Bytes());

    [Fact]
    public void Openpyxl_reads_every_sheet_without_warnings_and_with_sanitised_names()
    {
        Independent.Sheets.Select(s => s.Name).Should().Equal("Wyniki gmin", "Rozkład _2024__Q_", "Metodologia");
        Independent.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Document_properties_carry_the_given_title_and_creation_time_in_utc()
    {
        Independent.Title.Should().Be("Ranking 2025");
        Independent.Creator.Should().Be("Samoocena");
        // 10:00 at UTC+1.
        Independent.Created.Should().Be(new DateTime(2025, 11, 22, 9, 0, 0));
    }

    [Fact]
    public void Numbers_are_numeric_cells_with_their_number_formats()
    {
        var row = Independent["Wyniki gmin"].Cells[1];
        row[2].Should().Be(new XlsxCell(12345L, "int", "n", "0"));
        row[3].Should().Be(new XlsxCell(67.891, "float", "n", "0.00"));
        row[4].Should().Be(new XlsxCell(0.875, "float", "n", "0.00%"));
        var decimalRow = Independent["Wyniki gmin"].Cells[2];
        decimalRow[2].Should().Be(new XlsxCell(38000L, "int", "n", "0"));
        decimalRow[3].Should().Be(new XlsxCell(55.5, "float", "n", "0.00"));
        Independent["Rozkład _2024__Q_"].Cells[1][1].Should().Be(new XlsxCell(0.12345678, "float", "n", "0.0000"));
    }

    [Fact]
    public void Dates_are_real_dates_and_booleans_are_booleans()
    {
        var row = Independent["Wyniki gmin"].Cells[1];
        row[5].Should().Be(new XlsxCell(new DateTime(2025, 3, 14), "datetime", "d", "yyyy-mm-dd"));
        row[6].Should().Be(new XlsxCell(true, "bool", "b", "General"));
        Independent["Wyniki gmin"].Cells[2][6].Value.Should().Be(false);
        Independent["Rozkład _2024__Q_"].Cells[1][2].Should()
            .Be(new XlsxCell(new DateTime(2025, 11, 22, 14, 30, 0), "datetime", "d", "yyyy-mm-dd hh:mm"));
    }

    [Fact]
    public void Text_that_looks_like_a_formula_stays_text()
    {
        var sheet = Independent["Wyniki gmin"];
        sheet.Cells[1][7].Should().Be(new XlsxCell(SampleWorkbook.Hyperlink, "str", "s", "General"));
        sheet.Cells[3][7].Should().Be(new XlsxCell("+48 -5 @abc", "str", "s", "General"));
        sheet.Cells[1][0].Should().Be(new XlsxCell("0201011", "str", "s", "General"));
    }

    [Fact]
    public void Polish_text_survives()
    {
        Independent["Wyniki gmin"].Cells[1][1].Value.Should().Be("Żółć gęślą jaźń");
        Independent["Wyniki gmin"].Cells[0][2].Value.Should().Be("Ludność");
    }

    [Fact]
    public void Missing_and_non_finite_values_leave_empty_cells()
    {
        var row = Independent["Wyniki gmin"].Cells[2];
        row[7].Should().Be(new XlsxCell(null, "none", "n", "General"));
        var nanRow = Independent["Wyniki gmin"].Cells[3];
        nanRow.Skip(3).Take(4).Select(c => c.Value).Should().AllSatisfy(v => v.Should().BeNull());
    }

    [Fact]
    public void Header_row_is_bold_filled_frozen_and_filtered()
    {
        var sheet = Independent["Wyniki gmin"];
        sheet.Cells[0].Select(c => c.Value).Should().Equal(
            "TERYT", "Gmina", "Ludność", "Wynik", "Pokrycie", "Data oceny", "Opublikowano", "Uwagi");
        sheet.Cells[0].Should().AllSatisfy(c => (c.Bold, c.Fill).Should().Be((true, "FFD9E1F2")));
        sheet.Cells[1][0].Bold.Should().BeFalse();
        sheet.FreezePanes.Should().Be("A2");
        sheet.AutoFilter.Should().Be("A1:H4");
        Independent["Rozkład _2024__Q_"].AutoFilter.Should().Be("A1:C2");
    }

    [Fact]
    public void Column_widths_follow_the_longest_content_or_the_given_width()
    {
        var widths = Independent["Wyniki gmin"].ColumnWidths;
        // A: "0201011" 7 + 2 = 9 beats "TERYT" 5 × 1.1 + 3 = 8.5. B: "Żółć gęślą jaźń" 15 + 2.
        // G: "Opublikowano" 12 × 1.1 + 3 = 16.2. H: the HYPERLINK text, 26 + 2.
        widths["A"].Should().Be(9);
        widths["B"].Should().Be(17);
        widths["G"].Should().Be(16.2);
        widths["H"].Should().Be(28);
        Independent["Rozkład _2024__Q_"].ColumnWidths["C"].Should().Be(20);
    }

    [Fact]
    public void Methodology_sheet_has_title_paragraphs_and_typed_parameters()
    {
        var sheet = Independent["Metodologia"];
        var values = sheet.Values;
        values[0][0].Should().Be("Metodologia rankingu");
        sheet.Cells[0][0].Bold.Should().BeTrue();
        values[1].Should().AllSatisfy(v => v.Should().BeNull());
        values[2][0].Should().Be("Wyniki zaokrąglono do 4 miejsc po przecinku.");
        sheet.MergedCells.Should().BeEquivalentTo("A3:B3", "A4:B4");
        values[5].Should().Equal("Parametr", "Wartość");
        values.Skip(6).Should().BeEquivalentTo(new List<List<object?>>
        {
            new() { "Próg pokrycia", 0.6 },
            new() { "Liczba gmin", 2479L },
            new() { "Data publikacji", new DateTime(2025, 11, 22) },
            new() { "Kategoria", "MNPP" },
            new() { "Wagi równe", true },
        }, o => o.WithStrictOrdering().RespectingRuntimeTypes());
        sheet.FreezePanes.Should().BeNull();
    }

    [Fact]
    public void Own_reader_reads_the_first_sheet_back_by_header_name()
    {
        using var stream = new MemoryStream(SampleWorkbook.Bytes());
        var file = TabularFile.Read(stream, ["teryt", "GMINA", "Uwagi"]);

        file.Format.Should().Be(TabularFormat.Xlsx);
        file.Columns.Should().Equal("TERYT", "Gmina", "Ludność", "Wynik", "Pokrycie", "Data oceny", "Opublikowano", "Uwagi");
        file.Rows.Select(r => r.SourceRow).Should().Equal(2, 3, 4);
        var first = file.Rows[0];
        (first["Gmina"], first["Ludność"], first["Wynik"], first["Pokrycie"]).Should().Be(("Żółć gęślą jaźń", "12345", "67.891", "0.875"));
        // 2025-03-14 is serial 45730: 2025-01-01 is 45658, then 31 + 28 + 13 days.
        (first["Data oceny"], first["Opublikowano"], first["Uwagi"]).Should().Be(("45730", "TRUE", SampleWorkbook.Hyperlink));
        (file.Rows[1]["Wynik"], file.Rows[1]["Uwagi"]).Should().Be(("55.5", ""));
        (file.Rows[2]["Wynik"], file.Rows[2]["Uwagi"]).Should().Be(("", "+48 -5 @abc"));
    }

    [Fact]
    public void Written_package_passes_the_sdk_schema_validator_and_has_no_formulas()
    {
        using var stream = new MemoryStream(SampleWorkbook.Bytes());
        using var document = SpreadsheetDocument.Open(stream, false);

        new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty();
        document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()).Should().BeEmpty();
        document.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellStyles!.Elements<CellStyle>().Single().Name!.Value.Should().Be("Normal");
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        SampleWorkbook.Bytes().Should().Equal(SampleWorkbook.Bytes());
    }

    [Fact]
    public void Writes_to_a_stream_that_cannot_seek()
    {
        using var target = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(target, allowSynchronousWrites: true))
            WorkbookWriter.Write(forwardOnly, SampleWorkbook.Properties, SampleWorkbook.Sheets());

        IndependentXlsxReader.Read(target.ToArray())["Wyniki gmin"][1][1].Should().Be(SampleWorkbook.PolishText);
    }

    [Fact]
    public async Task Writes_asynchronously_to_a_stream_that_forbids_synchronous_writes()
    {
        using var target = new MemoryStream();
        await using (var response = new ForwardOnlyStream(target, allowSynchronousWrites: false))
            await WorkbookWriter.WriteAsync(response, SampleWorkbook.Properties, SampleWorkbook.Sheets());

        target.ToArray().Should().Equal(SampleWorkbook.Bytes());
    }

    [Fact]
    public void Row_with_more_values_than_columns_is_rejected()
    {
        var sheet = new TableSheet("A", [new SheetColumn("x", CellKind.Integer)], new object?[][] { [1, 2] });
        var write = () => WorkbookWriter.Write(new MemoryStream(), SampleWorkbook.Properties, [sheet]);
        write.Should().Throw<ArgumentException>().WithMessage("Row 2 of sheet 'A' has 2 values for 1 columns.");
    }

    [Fact]
    public void Text_in_a_numeric_column_is_rejected_with_the_cell_reference()
    {
        var sheet = new TableSheet("A", [new SheetColumn("x", CellKind.Decimal2)], new object?[][] { ["12,5"] });
        var write = () => WorkbookWriter.Write(new MemoryStream(), SampleWorkbook.Properties, [sheet]);
        write.Should().Throw<ArgumentException>().WithMessage("Value 12,5 of type String cannot be written as Decimal2 (cell A2).");
    }
}
