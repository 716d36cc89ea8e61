using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Samoocena.Api.Excel;

/// <summary>
/// The packaging parts of an .xlsx (content types, relationships, core properties). The Open XML SDK 2.20
/// only writes packages through System.IO.Packaging in update mode, which needs a seekable read/write
/// stream and holds every part uncompressed in memory until the package closes (measured: ~77 MB managed
/// for 100,000 × 10 numbers). Writing the zip ourselves in create mode streams each part straight through
/// the deflater, works on non-seekable streams, and keeps memory flat; the part contents still come from
/// the SDK's typed elements and <c>OpenXmlWriter</c>.
/// </summary>
internal static class PackageParts
{
    public const string WorkbookPath = "xl/workbook.xml";
    public const string StylesPath = "xl/styles.xml";
    public const string CorePath = "docProps/core.xml";
    public const string AppPath = "docProps/app.xml";

    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static string WorksheetPath(int sheetNumber) => $"xl/worksheets/sheet{sheetNumber.ToString(CultureInfo.InvariantCulture)}.xml";

    public static void WriteContentTypes(ZipArchive zip, DateTimeOffset timestamp, int sheetCount)
    {
        using var xml = Open(zip, "[Content_Types].xml", timestamp);
        xml.WriteStartElement("Types", ContentTypesNs);
        Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(xml, "xml", "application/xml");
        Override(xml, WorkbookPath, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override(xml, StylesPath, "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        for (var i = 1; i <= sheetCount; i++)
            Override(xml, WorksheetPath(i), "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        Override(xml, CorePath, "application/vnd.openxmlformats-package.core-properties+xml");
        Override(xml, AppPath, "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        xml.WriteEndElement();
    }

    public static void WritePackageRelationships(ZipArchive zip, DateTimeOffset timestamp)
    {
        using var xml = Open(zip, "_rels/.rels", timestamp);
        xml.WriteStartElement("Relationships", RelationshipsNs);
        Relationship(xml, "rId1", OfficeRelationships + "/officeDocument", WorkbookPath);
        Relationship(xml, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", CorePath);
        Relationship(xml, "rId3", OfficeRelationships + "/extended-properties", AppPath);
        xml.WriteEndElement();
    }

    /// <summary>Sheets are rId1..rIdN, the stylesheet rId(N+1).</summary>
    public static void WriteWorkbookRelationships(ZipArchive zip, DateTimeOffset timestamp, int sheetCount)
    {
        using var xml = Open(zip, "xl/_rels/workbook.xml.rels", timestamp);
        xml.WriteStartElement("Relationships", RelationshipsNs);
        for (var i = 1; i <= sheetCount; i++)
            Relationship(xml, SheetRelationshipId(i), OfficeRelationships + "/worksheet", $"worksheets/sheet{i.ToString(CultureInfo.InvariantCulture)}.xml");
        Relationship(xml, SheetRelationshipId(sheetCount + 1), OfficeRelationships + "/styles", "styles.xml");
        xml.WriteEndElement();
    }

    public static string SheetRelationshipId(int sheetNumber) => "rId" + sheetNumber.ToString(CultureInfo.InvariantCulture);

    public static void WriteCoreProperties(ZipArchive zip, WorkbookProperties properties)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var created = properties.Created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        using var xml = Open(zip, CorePath, properties.Created);
        xml.WriteStartElement("cp", "coreProperties", cp);
        xml.WriteAttributeString("xmlns", "dc", null, dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        xml.WriteAttributeString("xmlns", "xsi", null, xsi);
        xml.WriteElementString("dc", "title", dc, CellText.Clean(properties.Title));
        xml.WriteElementString("dc", "creator", dc, CellText.Clean(properties.Author));
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, dcterms);
            xml.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
            xml.WriteString(created);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>Opens an entry for an XML part. Timestamps come from the caller so equal input gives equal bytes.</summary>
    public static Stream OpenEntry(ZipArchive zip, string path, DateTimeOffset timestamp)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        // Zip timestamps cannot go before 1980.
        entry.LastWriteTime = timestamp.Year < 1980 ? new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero) : timestamp;
        return entry.Open();
    }

    private static XmlWriter Open(ZipArchive zip, string path, DateTimeOffset timestamp)
    {
        var stream = OpenEntry(zip, path, timestamp);
        var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = true });
        xml.WriteStartDocument(standalone: true);
        return xml;
    }

    private static void Default(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default", ContentTypesNs);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string path, string contentType)
    {
        xml.WriteStartElement("Override", ContentTypesNs);
        xml.WriteAttributeString("PartName", "/" + path);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship", RelationshipsNs);
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }
}
