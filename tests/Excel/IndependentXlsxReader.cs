using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Samoocena.Tests.Excel;

/// <summary>One cell as openpyxl sees it: the value, its Python type, openpyxl's data_type and number format.</summary>
public sealed record XlsxCell(object? Value, string PythonType, string DataType, string NumberFormat, bool Bold = false, string? Fill = null);

public sealed record XlsxSheet(
    string Name,
    List<List<XlsxCell>> Cells,
    string? FreezePanes,
    string? AutoFilter,
    Dictionary<string, double> ColumnWidths,
    List<string> MergedCells)
{
    public List<List<object?>> Values => Cells.Select(r => r.Select(c => c.Value).ToList()).ToList();
}

public sealed record XlsxWorkbook(List<XlsxSheet> Sheets, string? Title, string? Creator, DateTime? Created, List<string> Warnings)
{
    public XlsxSheet this[string name] => Sheets.Single(s => s.Name == name);
}

/// <summary>Row count and a few rows of a large sheet, read by openpyxl in read-only mode.</summary>
public sealed record XlsxSheetSummary(string Name, int RowCount, int MaxColumn, List<List<XlsxCell>> FirstRows, List<XlsxCell> LastRow);

/// <summary>
/// Reads .xlsx files with openpyxl (Debian's python3-openpyxl, run by /usr/bin/python3): a reader that shares
/// no code with ours, so export tests check what another program really sees. Values come back as
/// long (Python int), double (float), bool, DateTime (datetime/date), string, or null (empty cell).
/// Fails, never skips, when openpyxl is missing.
/// </summary>
public static class IndependentXlsxReader
{
    private const string Python = "/usr/bin/python3";

    private const string Script = """
        import datetime, json, sys, warnings
        try:
            import openpyxl
        except ImportError:
            sys.stderr.write("OPENPYXL_MISSING\n"); sys.exit(3)

        def cell(c):
            v = c.value
            if v is None: t = "none"
            elif isinstance(v, bool): t = "bool"
            elif isinstance(v, int): t = "int"
            elif isinstance(v, float): t = "float"
            elif isinstance(v, datetime.datetime): t, v = "datetime", v.isoformat()
            elif isinstance(v, datetime.date): t, v = "date", v.isoformat()
            elif isinstance(v, datetime.time): t, v = "time", v.isoformat()
            else: t, v = "str", str(v)
            out = [t, v, getattr(c, "data_type", "n") or "n", str(getattr(c, "number_format", "General") or "General")]
            if mode == "full":
                fill = c.fill.fgColor.rgb if c.fill is not None and c.fill.fill_type == "solid" else None
                out += [bool(c.font.b), fill if isinstance(fill, str) else None]
            return out

        path, mode = sys.argv[1], sys.argv[2]
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            wb = openpyxl.load_workbook(path, read_only=(mode == "summary"))
            sheets = []
            for ws in wb.worksheets:
                if mode == "summary":
                    count, first, last, maxcol = 0, [], [], 0
                    for row in ws.iter_rows():
                        count += 1
                        cells = [cell(c) for c in row]
                        maxcol = max(maxcol, len(cells))
                        if count <= 3: first.append(cells)
                        last = cells
                    sheets.append({"name": ws.title, "count": count, "maxcol": maxcol, "first": first, "last": last})
                else:
                    rows = [[cell(c) for c in row] for row in ws.iter_rows()]
                    sheets.append({
                        "name": ws.title, "rows": rows, "freeze": ws.freeze_panes, "autofilter": ws.auto_filter.ref,
                        "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.width},
                        "merged": [str(r) for r in ws.merged_cells.ranges]})
            p = wb.properties
            out = {"sheets": sheets, "title": p.title, "creator": p.creator,
                   "created": p.created.isoformat() if p.created else None}
        out["warnings"] = [str(w.message) for w in caught]
        print(json.dumps(out))
        """;

    /// <summary>Every sheet's values by sheet name (in workbook order), each row from column A to the last used column.</summary>
    public static Dictionary<string, List<List<object?>>> Read(string path) =>
        Inspect(path).Sheets.ToDictionary(s => s.Name, s => s.Values);

    public static Dictionary<string, List<List<object?>>> Read(byte[] xlsx) => WithTempFile(xlsx, Read);

    /// <summary>Values plus types, number formats, frozen panes, autofilter, widths, merges, properties and openpyxl's warnings.</summary>
    public static XlsxWorkbook Inspect(string path)
    {
        using var json = Run(path, "full");
        var root = json.RootElement;
        var sheets = root.GetProperty("sheets").EnumerateArray().Select(s => new XlsxSheet(
            s.GetProperty("name").GetString()!,
            s.GetProperty("rows").EnumerateArray().Select(Row).ToList(),
            s.GetProperty("freeze").GetString(),
            s.GetProperty("autofilter").GetString(),
            s.GetProperty("widths").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble()),
            s.GetProperty("merged").EnumerateArray().Select(m => m.GetString()!).ToList())).ToList();
        return new XlsxWorkbook(
            sheets,
            root.GetProperty("title").GetString(),
            root.GetProperty("creator").GetString(),
            root.GetProperty("created").GetString() is { } created ? DateTime.Parse(created, CultureInfo.InvariantCulture) : null,
            root.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList());
    }

    public static XlsxWorkbook Inspect(byte[] xlsx) => WithTempFile(xlsx, Inspect);

    /// <summary>For large files: openpyxl's read-only mode, returning counts and the first three and last rows.</summary>
    public static List<XlsxSheetSummary> Summarise(string path)
    {
        using var json = Run(path, "summary");
        return json.RootElement.GetProperty("sheets").EnumerateArray().Select(s => new XlsxSheetSummary(
            s.GetProperty("name").GetString()!,
            s.GetProperty("count").GetInt32(),
            s.GetProperty("maxcol").GetInt32(),
            s.GetProperty("first").EnumerateArray().Select(Row).ToList(),
            Row(s.GetProperty("last")))).ToList();
    }

    private static List<XlsxCell> Row(JsonElement row) => row.EnumerateArray().Select(Cell).ToList();

    private static XlsxCell Cell(JsonElement c)
    {
        var type = c[0].GetString()!;
        var raw = c[1];
        object? value = type switch
        {
            "none" => null,
            "bool" => raw.GetBoolean(),
            "int" => raw.GetInt64(),
            "float" => raw.GetDouble(),
            "datetime" or "date" => DateTime.Parse(raw.GetString()!, CultureInfo.InvariantCulture),
            _ => raw.GetString(),
        };
        var full = c.GetArrayLength() > 4;
        return new XlsxCell(value, type, c[2].GetString()!, c[3].GetString()!,
            full && c[4].GetBoolean(), full ? c[5].GetString() : null);
    }

    private static JsonDocument Run(string path, string mode)
    {
        if (!File.Exists(Python))
            throw new InvalidOperationException($"{Python} not found: install Debian's python3 and python3-openpyxl (apt-get install -y python3-openpyxl).");
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(path);
        start.ArgumentList.Add(mode);
        // Another Python's settings must not leak into Debian's interpreter.
        start.Environment.Remove("PYTHONPATH");
        start.Environment.Remove("PYTHONHOME");
        start.Environment["PYTHONIOENCODING"] = "utf-8";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"openpyxl did not finish reading {path} within 5 minutes.");
        }
        var error = stderr.GetAwaiter().GetResult();
        if (error.Contains("OPENPYXL_MISSING", StringComparison.Ordinal))
            throw new InvalidOperationException(
                $"{Python} cannot import openpyxl: install python3-openpyxl (apt-get install -y python3-openpyxl).");
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"openpyxl failed to read {path} (exit {process.ExitCode}):\n{error}");
        return JsonDocument.Parse(stdout.GetAwaiter().GetResult());
    }

    private static T WithTempFile<T>(byte[] xlsx, Func<string, T> read)
    {
        var path = Path.Combine(Path.GetTempPath(), "samoocena-test-" + Guid.NewGuid().ToString("N") + ".xlsx");
        File.WriteAllBytes(path, xlsx);
        try
        {
            return read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
