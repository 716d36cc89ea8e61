using System.Text;
using Samoocena.Api.Imports;

namespace Samoocena.Tests.Excel;

public sealed class TabularFileCsvTests
{
    private static readonly string[] MetricColumns = ["teryt", "year", "indicatorId", "value"];

    private static TabularFile Read(byte[] bytes, params string[] required) => TabularFile.Read(new MemoryStream(bytes), required);

    private static TabularFile Read(string text, params string[] required) => Read(Encoding.UTF8.GetBytes(text), required);

    private static Action Reading(byte[] bytes, params string[] required) => () => Read(bytes, required);

    [Fact]
    public void Semicolon_csv_with_bom_and_decimal_commas_is_read()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("teryt;year;indicatorId;value\r\n0201011;2024;A1;12,5\r\n")).ToArray();

        var file = Read(bytes, MetricColumns);

        file.Format.Should().Be(TabularFormat.Csv);
        file.Columns.Should().Equal("teryt", "year", "indicatorId", "value");
        var row = file.Rows.Single();
        (row.SourceRow, row["teryt"], row["year"], row["indicatorId"], row["value"]).Should().Be((2, "0201011", "2024", "A1", "12,5"));
        ImportNumber.TryParse(row["value"], out var value).Should().BeTrue();
        value.Should().Be(12.5);
    }

    [Fact]
    public void Comma_csv_without_bom_keeps_quoted_separators_inside_fields()
    {
        var file = Read("teryt,year,indicatorId,value\n0201011,2024,\"A,1\",\"12,5\"\n1465011,2023,\"B \"\"x\"\"\",7.25\n", MetricColumns);

        file.Rows.Select(r => (r.SourceRow, r["indicatorId"], r["value"])).Should().Equal((2, "A,1", "12,5"), (3, "B \"x\"", "7.25"));
    }

    [Fact]
    public void Columns_are_matched_by_trimmed_case_insensitive_header_in_any_order()
    {
        var file = Read(" Value ;TERYT;Uwagi;IndicatorID;YEAR\n3,5;0201011;dowolne;A1;2024\n", MetricColumns);

        var row = file.Rows.Single();
        (row["teryt"], row["year"], row["indicatorId"], row["value"], row["uwagi"]).Should().Be(("0201011", "2024", "A1", "3,5", "dowolne"));
        row.TryGet("komentarz", out var missing).Should().BeFalse();
        missing.Should().BeEmpty();
    }

    [Fact]
    public void Missing_required_columns_are_listed_with_the_columns_found()
    {
        Reading(Encoding.UTF8.GetBytes("teryt;year;indicator\n0201011;2024;A1\n"), MetricColumns)
            .Should().Throw<TabularFileException>().Which.Message.Should().Be(
                "Brak wymaganych kolumn: indicatorId, value. Oczekiwane kolumny: teryt, year, indicatorId, value. " +
                "Znalezione kolumny: teryt, year, indicator.");
    }

    [Fact]
    public void Windows_1250_csv_is_rejected_naming_the_first_bad_line()
    {
        // "Łódź" in Windows-1250: Ł = A3, ó = F3, ź = 9F, none of them valid UTF-8 on their own.
        var bytes = Encoding.ASCII.GetBytes("teryt;nazwa\n0201011;Wroclaw\n1061011;")
            .Concat(new byte[] { 0xA3, 0xF3, 0x64, 0x9F, (byte)'\n' }).ToArray();

        Reading(bytes, "teryt").Should().Throw<TabularFileException>().Which.Message.Should().Be(
            "Plik CSV nie jest zapisany w kodowaniu UTF-8 (pierwszy niepoprawny znak w wierszu 3). " +
            "Zapisz go w Excelu jako „CSV UTF-8 (rozdzielany przecinkami)” i wczytaj ponownie.");
    }

    [Fact]
    public void Utf16_csv_is_rejected_as_not_utf8()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("teryt;value\n")).ToArray();

        Reading(bytes, "teryt").Should().Throw<TabularFileException>().Which.Message.Should()
            .StartWith("Plik CSV nie jest zapisany w kodowaniu UTF-8 (pierwszy niepoprawny znak w wierszu 1).");
    }

    [Fact]
    public void Empty_file_is_rejected()
    {
        Reading([], "teryt").Should().Throw<TabularFileException>().WithMessage("Plik jest pusty.");
        Reading(Encoding.UTF8.GetBytes("\r\n ; \r\n"), "teryt").Should().Throw<TabularFileException>()
            .WithMessage("Plik jest pusty: nie zawiera nagłówka ani danych.");
    }

    [Fact]
    public void Legacy_xls_is_rejected_with_advice()
    {
        Reading([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "teryt").Should().Throw<TabularFileException>()
            .WithMessage("Pliki .xls (Excel 97–2003) nie są obsługiwane. Zapisz plik jako .xlsx albo „CSV UTF-8” i wczytaj go ponownie.");
    }

    [Fact]
    public void Blank_lines_are_skipped_but_keep_the_row_numbers_of_later_rows()
    {
        var file = Read("teryt;value\n0201011;1\n\n;\n1465011;2\n", "teryt");

        file.Rows.Select(r => (r.SourceRow, r["teryt"])).Should().Equal((2, "0201011"), (5, "1465011"));
    }

    [Fact]
    public void Quoted_field_may_span_lines()
    {
        var file = Read("opis;value\n\"pierwsza\ndruga\";1\nx;2\n", "opis");

        file.Rows.Select(r => (r.SourceRow, r["opis"], r["value"])).Should().Equal((2, "pierwsza\ndruga", "1"), (3, "x", "2"));
    }

    [Fact]
    public void Short_rows_read_missing_fields_as_empty_and_extra_fields_are_ignored()
    {
        var file = Read("teryt;year;value\n0201011;2024\n1465011;2023;5;nadmiarowe\n", "teryt", "value");

        file.Rows.Select(r => (r["year"], r["value"])).Should().Equal(("2024", ""), ("2023", "5"));
    }

    [Fact]
    public void Tab_separated_file_is_read()
    {
        var file = Read("teryt\tvalue\n0201011\t1,5\n", "teryt", "value");

        file.Rows.Single()["value"].Should().Be("1,5");
    }

    [Fact]
    public void Required_column_given_twice_is_rejected()
    {
        Reading(Encoding.UTF8.GetBytes("teryt;value;Value\n0201011;1;2\n"), "teryt", "value")
            .Should().Throw<TabularFileException>().WithMessage("Kolumna „Value” występuje w nagłówku więcej niż raz.");
    }

    [Fact]
    public void Reads_from_a_stream_that_cannot_seek()
    {
        var source = new NonSeekableReadStream(Encoding.UTF8.GetBytes("teryt;value\n0201011;3\n"));

        TabularFile.Read(source, ["teryt"]).Rows.Single()["value"].Should().Be("3");
    }

    private sealed class NonSeekableReadStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
