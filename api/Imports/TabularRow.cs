namespace Samoocena.Api.Imports;

/// <summary>One data row of a <see cref="TabularFile"/>, with its row number in the source (header = row 1).</summary>
public sealed class TabularRow
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly string[] _values;

    internal TabularRow(int sourceRow, IReadOnlyDictionary<string, int> columns, string[] values)
    {
        SourceRow = sourceRow;
        _columns = columns;
        _values = values;
    }

    /// <summary>1-based row number as the user sees it in the file (CSV record number, or the sheet's row number).</summary>
    public int SourceRow { get; }

    /// <summary>The trimmed value of a column present in the header (case-insensitive); "" for an empty cell.</summary>
    public string this[string column] => TryGet(column, out var value)
        ? value
        : throw new KeyNotFoundException($"Column '{column}' is not in the file's header.");

    /// <summary>False when the column is not in the header (for optional columns).</summary>
    public bool TryGet(string column, out string value)
    {
        if (_columns.TryGetValue(column.Trim(), out var index))
        {
            value = index < _values.Length ? _values[index] : string.Empty;
            return true;
        }
        value = string.Empty;
        return false;
    }
}
