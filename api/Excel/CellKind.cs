namespace Samoocena.Api.Excel;

/// <summary>How a column's values are stored and formatted in the workbook.</summary>
public enum CellKind
{
    /// <summary>Always text (inline string), even when it looks like a formula or a number.</summary>
    Text,
    /// <summary>Numeric, shown without decimals (format <c>0</c>).</summary>
    Integer,
    /// <summary>Numeric, shown with 2 decimals (format <c>0.00</c>), as people see scores.</summary>
    Decimal2,
    /// <summary>Numeric, shown with 4 decimals (format <c>0.0000</c>): unrounded inputs and distances (the cell keeps the full value).</summary>
    Decimal4,
    /// <summary>Numeric fraction shown as a percentage (0.125 → 12.50%).</summary>
    Percent,
    /// <summary>A real date (serial number) shown as <c>yyyy-mm-dd</c>.</summary>
    Date,
    /// <summary>A real date and time shown as <c>yyyy-mm-dd hh:mm</c>.</summary>
    DateTime,
    /// <summary>TRUE/FALSE.</summary>
    Boolean,
}
