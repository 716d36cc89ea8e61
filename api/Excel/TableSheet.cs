namespace Samoocena.Api.Excel;

/// <summary>
/// A data sheet: a frozen, filtered header row followed by <paramref name="Rows"/>, one value per column.
/// Rows are enumerated once, lazily, while the file is written, so a large export never sits in memory.
/// Values: string, int/long/short/byte, double/float/decimal, DateOnly/DateTime/DateTimeOffset, bool or null (empty cell).
/// </summary>
public sealed record TableSheet(string Name, IReadOnlyList<SheetColumn> Columns, IEnumerable<IReadOnlyList<object?>> Rows)
    : WorkbookSheet(Name);
