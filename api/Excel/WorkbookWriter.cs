using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using AppProperties = DocumentFormat.OpenXml.ExtendedProperties.Properties;
using AppName = DocumentFormat.OpenXml.ExtendedProperties.Application;

namespace Samoocena.Api.Excel;

/// <summary>
/// Writes .xlsx workbooks: the one place exports go through. Table sheets are streamed row by row,
/// so memory stays flat however many rows the caller's enumerable yields.
/// </summary>
public static class WorkbookWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// Writes the workbook to <paramref name="output"/> synchronously. Any writable stream works, seekable or not
    /// (the zip is written in create mode). The stream is left open.
    /// </summary>
    public static void Write(Stream output, WorkbookProperties properties, IReadOnlyList<WorkbookSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(properties);
        if (sheets.Count == 0) throw new ArgumentException("A workbook needs at least one sheet.", nameof(sheets));

        var names = new SheetNames();
        var sheetNames = sheets.Select(s => names.Claim(s.Name)).ToArray();
        var filters = new string?[sheets.Count];
        var stamp = properties.Created;

        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            PackageParts.WriteContentTypes(zip, stamp, sheets.Count);
            PackageParts.WritePackageRelationships(zip, stamp);
            PackageParts.WriteCoreProperties(zip, properties);
            WriteElementPart(zip, PackageParts.AppPath, stamp, new AppProperties(new AppName("Samoocena")));
            WriteElementPart(zip, PackageParts.StylesPath, stamp, WorkbookStyles.Build());

            for (var i = 0; i < sheets.Count; i++)
            {
                using var part = PackageParts.OpenEntry(zip, PackageParts.WorksheetPath(i + 1), stamp);
                switch (sheets[i])
                {
                    case TableSheet table:
                        filters[i] = TableSheetPart.Write(part, table, sheetNames[i], selected: i == 0);
                        break;
                    case DocumentSheet document:
                        DocumentSheetPart.Write(part, document, selected: i == 0);
                        break;
                    default:
                        throw new ArgumentException($"Unknown sheet type {sheets[i].GetType().Name}.", nameof(sheets));
                }
            }

            WriteElementPart(zip, PackageParts.WorkbookPath, stamp, BuildWorkbook(sheetNames, filters));
            PackageParts.WriteWorkbookRelationships(zip, stamp, sheets.Count);
        }
        output.Flush();
    }

    /// <summary>
    /// Writes the workbook to a stream that only accepts asynchronous writes, such as an ASP.NET Core response
    /// body (Kestrel forbids synchronous I/O). The zip is first written to a temporary file that deletes itself
    /// on close, then copied asynchronously, so memory stays flat for large exports.
    /// </summary>
    public static async Task WriteAsync(Stream output, WorkbookProperties properties, IReadOnlyList<WorkbookSheet> sheets,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var path = Path.Combine(Path.GetTempPath(), "samoocena-" + Guid.NewGuid().ToString("N") + ".xlsx");
        await using var buffer = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        Write(buffer, properties, sheets);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    private static Workbook BuildWorkbook(string[] sheetNames, string?[] filters)
    {
        var sheets = new Sheets();
        var definedNames = new DefinedNames();
        for (var i = 0; i < sheetNames.Length; i++)
        {
            sheets.Append(new Sheet
            {
                Name = sheetNames[i],
                SheetId = (uint)(i + 1),
                Id = PackageParts.SheetRelationshipId(i + 1),
            });
            if (filters[i] is { } range)
            {
                // Excel keeps the filtered range in this hidden name; it writes one for every autofilter.
                definedNames.Append(new DefinedName
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = (uint)i,
                    Hidden = true,
                    Text = $"'{sheetNames[i].Replace("'", "''", StringComparison.Ordinal)}'!{AbsoluteRange(range)}",
                });
            }
        }
        var workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheets);
        if (definedNames.HasChildren) workbook.Append(definedNames);
        return workbook;
    }

    private static string AbsoluteRange(string range)
    {
        var parts = range.Split(':');
        return string.Join(':', parts.Select(p =>
        {
            var letters = p.TakeWhile(char.IsLetter).Count();
            return "$" + p[..letters] + "$" + p[letters..];
        }));
    }

    private static void WriteElementPart(ZipArchive zip, string path, DateTimeOffset stamp, OpenXmlElement root)
    {
        using var stream = PackageParts.OpenEntry(zip, path, stamp);
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument(true);
        writer.WriteElement(root);
    }
}
