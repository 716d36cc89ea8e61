namespace Samoocena.Api.Excel;

/// <summary>
/// A descriptive sheet such as "Metodologia": a title, paragraphs of text and a two-column table of parameters.
/// </summary>
public sealed record DocumentSheet(
    string Name,
    string Title,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<SheetParameter> Parameters,
    string NameHeader = "Parametr",
    string ValueHeader = "Wartość")
    : WorkbookSheet(Name);
