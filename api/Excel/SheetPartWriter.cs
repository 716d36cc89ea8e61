using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Samoocena.Api.Excel;

/// <summary>
/// Writes one worksheet part element by element through the SDK's <see cref="OpenXmlWriter"/>.
/// Element prototypes and attribute lists are reused, so a million cells allocate little more than their text.
/// No cell ever gets a formula: text goes out as an inline string, whatever it starts with.
/// </summary>
internal sealed class SheetPartWriter : IDisposable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly OpenXmlAttribute PreserveSpace = new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");

    private readonly OpenXmlWriter _writer;
    private readonly Row _row = new();
    private readonly Cell _cell = new();
    private readonly CellValue _value = new();
    private readonly InlineString _inline = new();
    private readonly Text _text = new();
    private readonly List<OpenXmlAttribute> _attributes = new(3);
    private readonly List<OpenXmlAttribute> _preserve = [PreserveSpace];
    private readonly List<OpenXmlAttribute> _none = [];

    public SheetPartWriter(Stream partStream)
    {
        _writer = OpenXmlWriter.Create(partStream);
        _writer.WriteStartDocument(true);
    }

    public OpenXmlWriter Xml => _writer;

    public void StartRow(int rowNumber, double? height = null)
    {
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", string.Empty, rowNumber.ToString(Invariant)));
        if (height is { } ht)
        {
            _attributes.Add(new OpenXmlAttribute("ht", string.Empty, ht.ToString(Invariant)));
            _attributes.Add(new OpenXmlAttribute("customHeight", string.Empty, "1"));
        }
        _writer.WriteStartElement(_row, _attributes);
    }

    public void EndRow() => _writer.WriteEndElement();

    public void TextCell(int column, int row, string text, uint style)
    {
        var clean = CellText.Clean(text);
        StartCell(column, row, style, "inlineStr");
        _writer.WriteStartElement(_inline);
        _writer.WriteStartElement(_text, CellText.NeedsWhitespacePreserved(clean) ? _preserve : _none);
        _writer.WriteString(clean);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _writer.WriteEndElement();
    }

    /// <summary>Writes a numeric cell; NaN and infinities have no representation in a sheet and leave the cell empty.</summary>
    public void NumberCell(int column, int row, double number, uint style)
    {
        if (!double.IsFinite(number)) return;
        ValueCell(column, row, style, null, number.ToString("R", Invariant));
    }

    public void NumberCell(int column, int row, decimal number, uint style) =>
        ValueCell(column, row, style, null, number.ToString(Invariant));

    public void BooleanCell(int column, int row, bool value) =>
        ValueCell(column, row, WorkbookStyles.General, "b", value ? "1" : "0");

    /// <summary>Writes a value of the given kind; null leaves the cell out.</summary>
    public void Cell(int column, int row, object? value, CellKind kind, uint style)
    {
        if (value is null) return;
        switch (kind)
        {
            case CellKind.Text:
                TextCell(column, row, value as string ?? Convert.ToString(value, Invariant) ?? string.Empty, style);
                break;
            case CellKind.Boolean when value is bool b:
                BooleanCell(column, row, b);
                break;
            case CellKind.Date or CellKind.DateTime when ToDate(value) is { } date:
                NumberCell(column, row, date.ToOADate(), style);
                break;
            case CellKind.Integer or CellKind.Decimal2 or CellKind.Decimal4 or CellKind.Percent when value is decimal d:
                NumberCell(column, row, d, style);
                break;
            case CellKind.Integer or CellKind.Decimal2 or CellKind.Decimal4 or CellKind.Percent when ToDouble(value) is { } number:
                NumberCell(column, row, number, style);
                break;
            default:
                throw new ArgumentException(
                    $"Value {value} of type {value.GetType().Name} cannot be written as {kind} (cell {CellReference.Of(column, row)}).");
        }
    }

    /// <summary>Picks the cell type from the value itself (used where a column has no declared kind).</summary>
    public void InferredCell(int column, int row, object? value)
    {
        switch (value)
        {
            case null: return;
            case string s: TextCell(column, row, s, WorkbookStyles.General); break;
            case bool b: BooleanCell(column, row, b); break;
            case int or long or short or byte or sbyte or uint or ushort or ulong:
                Cell(column, row, value, CellKind.Integer, WorkbookStyles.Integer); break;
            case double or float or decimal:
                Cell(column, row, value, CellKind.Decimal4, WorkbookStyles.General); break;
            case DateOnly:
                Cell(column, row, value, CellKind.Date, WorkbookStyles.Date); break;
            case DateTime or DateTimeOffset:
                var date = ToDate(value)!.Value;
                Cell(column, row, value, CellKind.DateTime, date.TimeOfDay == TimeSpan.Zero ? WorkbookStyles.Date : WorkbookStyles.DateTime); break;
            default: TextCell(column, row, Convert.ToString(value, Invariant) ?? string.Empty, WorkbookStyles.General); break;
        }
    }

    internal static DateTime? ToDate(object value) => value switch
    {
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        DateTime dt => dt,
        // The clock time as the caller gave it: a sheet has no time zones.
        DateTimeOffset dto => dto.DateTime,
        _ => null,
    };

    internal static double? ToDouble(object value) => value switch
    {
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        uint ui => ui,
        ushort us => us,
        ulong ul => ul,
        decimal m => (double)m,
        _ => null,
    };

    private void ValueCell(int column, int row, uint style, string? type, string text)
    {
        StartCell(column, row, style, type);
        _writer.WriteStartElement(_value);
        _writer.WriteString(text);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
    }

    private void StartCell(int column, int row, uint style, string? type)
    {
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", string.Empty, CellReference.Of(column, row)));
        if (style != WorkbookStyles.General) _attributes.Add(new OpenXmlAttribute("s", string.Empty, style.ToString(Invariant)));
        if (type is not null) _attributes.Add(new OpenXmlAttribute("t", string.Empty, type));
        _writer.WriteStartElement(_cell, _attributes);
    }

    public void Dispose() => _writer.Dispose();
}
