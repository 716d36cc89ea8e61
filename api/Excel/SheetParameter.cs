namespace Samoocena.Api.Excel;

/// <summary>One row of the parameter table of a <see cref="DocumentSheet"/>; the value's type decides the cell type.</summary>
public sealed record SheetParameter(string Name, object? Value);
