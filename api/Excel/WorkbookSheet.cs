namespace Samoocena.Api.Excel;

/// <summary>A sheet of a workbook: a <see cref="TableSheet"/> or a <see cref="DocumentSheet"/>.</summary>
/// <remarks>The name is sanitised to Excel's rules when written (see <see cref="SheetNames"/>).</remarks>
public abstract record WorkbookSheet(string Name);
