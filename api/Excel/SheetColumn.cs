namespace Samoocena.Api.Excel;

/// <summary>One column of a <see cref="TableSheet"/>: its header, how values are stored, and an optional fixed width (in characters).</summary>
public sealed record SheetColumn(string Header, CellKind Kind, double? Width = null);
