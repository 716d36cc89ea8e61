using System.Buffers;
using System.Text;
using System.Text.Unicode;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Samoocena.Questionnaires.Text;

namespace Samoocena.Api.Imports;

/// <summary>
/// An uploaded table (.csv in UTF-8 or .xlsx, told apart by content) read into rows of named columns.
/// Columns are matched by header name (trimmed, case-insensitive) so their order and extra columns do not matter.
/// Only the file's shape is checked here; the meaning of values is the caller's business.
/// </summary>
public sealed class TabularFile
{
    private TabularFile(TabularFormat format, IReadOnlyList<string> columns, IReadOnlyList<TabularRow> rows)
    {
        Format = format;
        Columns = columns;
        Rows = rows;
    }

    public TabularFormat Format { get; }

    /// <summary>The non-empty header names, trimmed, in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Data rows; rows whose cells are all empty are left out.</summary>
    public IReadOnlyList<TabularRow> Rows { get; }

    /// <summary>Reads the first sheet of an .xlsx or a UTF-8 CSV; throws <see cref="TabularFileException"/> with a Polish message.</summary>
    public static TabularFile Read(Stream content, IReadOnlyCollection<string> requiredColumns)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek) return ReadSeekable(content, requiredColumns);
        // Zip needs random access; a temp file keeps a large upload out of memory.
        using var copy = new FileStream(Path.Combine(Path.GetTempPath(), "samoocena-import-" + Guid.NewGuid().ToString("N")),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        content.CopyTo(copy);
        copy.Position = 0;
        return ReadSeekable(copy, requiredColumns);
    }

    private static TabularFile ReadSeekable(Stream content, IReadOnlyCollection<string> requiredColumns)
    {
        var start = content.Position;
        Span<byte> magic = stackalloc byte[4];
        var read = content.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        content.Position = start;
        if (read == 0) throw new TabularFileException("Plik jest pusty.");
        if (read == 4 && magic.SequenceEqual("PK\u0003\u0004"u8))
            return Build(TabularFormat.Xlsx, XlsxRecords(content), requiredColumns);
        if (read == 4 && magic.SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
            throw new TabularFileException("Pliki .xls (Excel 97–2003) nie są obsługiwane. Zapisz plik jako .xlsx albo „CSV UTF-8” i wczytaj go ponownie.");
        try
        {
            return Build(TabularFormat.Csv, CsvRecords(content), requiredColumns);
        }
        catch (DecoderFallbackException)
        {
            content.Position = start;
            throw new TabularFileException(
                $"Plik CSV nie jest zapisany w kodowaniu UTF-8 (pierwszy niepoprawny znak w wierszu {FirstInvalidUtf8Line(content)}). " +
                "Zapisz go w Excelu jako „CSV UTF-8 (rozdzielany przecinkami)” i wczytaj ponownie.");
        }
    }

    /// <summary>Header first, then data rows; each as (1-based row number, cells by column position).</summary>
    private static TabularFile Build(TabularFormat format, IEnumerable<(int Row, string[] Cells)> records, IReadOnlyCollection<string> required)
    {
        using var e = records.GetEnumerator();
        (int Row, string[] Cells) header = default;
        var found = false;
        while (e.MoveNext())
        {
            if (e.Current.Cells.All(string.IsNullOrWhiteSpace)) continue;
            header = e.Current;
            found = true;
            break;
        }
        if (!found) throw new TabularFileException("Plik jest pusty: nie zawiera nagłówka ani danych.");

        var names = header.Cells!.Select(c => c.Trim()).ToArray();
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0) continue;
            if (!columns.TryAdd(names[i], i) && required.Contains(names[i], StringComparer.OrdinalIgnoreCase))
                throw new TabularFileException($"Kolumna „{names[i]}” występuje w nagłówku więcej niż raz.");
        }
        var present = names.Where(n => n.Length > 0).ToArray();
        var missing = required.Where(r => !columns.ContainsKey(r.Trim())).ToArray();
        if (missing.Length > 0)
            throw new TabularFileException(
                $"Brak wymaganych kolumn: {string.Join(", ", missing)}. " +
                $"Oczekiwane kolumny: {string.Join(", ", required)}. " +
                $"Znalezione kolumny: {(present.Length == 0 ? "(brak)" : string.Join(", ", present))}.");

        var rows = new List<TabularRow>();
        while (e.MoveNext())
        {
            var (row, cells) = e.Current;
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var values = new string[names.Length];
            for (var i = 0; i < values.Length; i++) values[i] = i < cells.Length ? cells[i].Trim() : string.Empty;
            rows.Add(new TabularRow(row, columns, values));
        }
        return new TabularFile(format, present, rows);
    }

    private static IEnumerable<(int Row, string[] Cells)> CsvRecords(Stream content)
    {
        // Strict decoding: a Windows-1250 file must fail, not turn "ł" into "�". A UTF-8 BOM is skipped below;
        // other byte-order marks are not valid UTF-8 and fail too.
        using var reader = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: true),
            detectEncodingFromByteOrderMarks: false, bufferSize: 65536, leaveOpen: true);
        var separator = '\0';
        var record = 0;
        var pending = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            if (record == 0 && pending.Length == 0 && line.StartsWith('\uFEFF')) line = line[1..];
            if (pending.Length > 0) pending.Append('\n');
            pending.Append(line);
            // An odd number of quotes means a quoted field goes on in the next line.
            if (QuoteCount(pending) % 2 == 1) continue;
            var text = pending.ToString();
            pending.Clear();
            record++;
            if (separator == '\0') separator = DetectSeparator(text);
            yield return (record, CsvFields.Split(text, separator));
        }
        if (pending.Length > 0)
        {
            record++;
            if (separator == '\0') separator = DetectSeparator(pending.ToString());
            yield return (record, CsvFields.Split(pending.ToString(), separator));
        }
    }

    /// <summary>The separator is whichever of ; , or tab occurs most often outside quotes in the header; ties go to ;.</summary>
    internal static char DetectSeparator(string headerLine)
    {
        int semicolons = 0, commas = 0, tabs = 0;
        var quoted = false;
        foreach (var c in headerLine)
        {
            if (c == '"') quoted = !quoted;
            else if (quoted) continue;
            else if (c == ';') semicolons++;
            else if (c == ',') commas++;
            else if (c == '\t') tabs++;
        }
        if (tabs > semicolons && tabs > commas) return '\t';
        return commas > semicolons ? ',' : ';';
    }

    private static int QuoteCount(StringBuilder text)
    {
        var count = 0;
        foreach (var chunk in text.GetChunks())
            foreach (var c in chunk.Span)
                if (c == '"') count++;
        return count;
    }

    private static int FirstInvalidUtf8Line(Stream content)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(65536);
        var chars = ArrayPool<char>.Shared.Rent(65536);
        try
        {
            var line = 1;
            var carried = 0;
            int read;
            while ((read = content.Read(bytes, carried, bytes.Length - carried)) > 0 || carried > 0)
            {
                var length = carried + read;
                var final = read == 0;
                var status = Utf8.ToUtf16(bytes.AsSpan(0, length), chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
                line += bytes.AsSpan(0, consumed).Count((byte)'\n');
                if (status == System.Buffers.OperationStatus.InvalidData) return line;
                if (final) break;
                carried = length - consumed;
                bytes.AsSpan(consumed, carried).CopyTo(bytes);
            }
            return line;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static IEnumerable<(int Row, string[] Cells)> XlsxRecords(Stream content)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(content, false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FormatException)
        {
            throw new TabularFileException("Plik nie jest poprawnym skoroszytem .xlsx (nie udało się go otworzyć).");
        }
        using (document)
        {
            var workbookPart = document.WorkbookPart;
            var firstSheet = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbookPart is null || firstSheet?.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart sheetPart)
                throw new TabularFileException("Skoroszyt nie zawiera żadnego arkusza.");

            var sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable?
                .Elements<SharedStringItem>().Select(PlainText).ToArray() ?? [];

            using var reader = OpenXmlReader.Create(sheetPart);
            var previousRow = 0;
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
                var row = (Row)reader.LoadCurrentElement()!;
                var rowNumber = row.RowIndex?.Value is { } index ? checked((int)index) : previousRow + 1;
                previousRow = rowNumber;
                var cells = new List<string>();
                var column = -1;
                foreach (var cell in row.Elements<Cell>())
                {
                    // Empty cells are often left out of the file; the reference says where a cell really is.
                    var referenced = cell.CellReference?.Value is { } reference ? Excel.CellReference.ColumnIndex(reference) : -1;
                    column = referenced >= 0 ? referenced : column + 1;
                    while (cells.Count < column) cells.Add(string.Empty);
                    var text = CellText(cell, sharedStrings);
                    if (cells.Count == column) cells.Add(text);
                    else cells[column] = text;
                }
                yield return (rowNumber, cells.ToArray());
            }
        }
    }

    private static string CellText(Cell cell, string[] sharedStrings)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return cell.InlineString is { } inline ? PlainText(inline) : string.Empty;
        var raw = cell.CellValue?.Text ?? string.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i)
                && i >= 0 && i < sharedStrings.Length
                ? sharedStrings[i]
                : throw new TabularFileException($"Komórka {cell.CellReference?.Value} odwołuje się do nieistniejącego tekstu współdzielonego.");
        }
        if (type == CellValues.Boolean) return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw;
        // Numbers come in the file's invariant form ("12.5", "1E-3"), strings from formulas and errors as stored.
        return raw;
    }

    /// <summary>Text of a shared or inline string: plain text or rich-text runs, without phonetic hints.</summary>
    private static string PlainText(OpenXmlElement item)
    {
        if (item.GetFirstChild<Text>() is { } text && !item.Elements<Run>().Any()) return text.Text;
        var sb = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            if (child is Text t) sb.Append(t.Text);
            else if (child is Run run) sb.Append(run.Text?.Text);
        }
        return sb.ToString();
    }
}
