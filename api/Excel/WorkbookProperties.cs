namespace Samoocena.Api.Excel;

/// <summary>Document properties; <paramref name="Created"/> comes from the caller's clock so output is reproducible.</summary>
public sealed record WorkbookProperties(string Title, DateTimeOffset Created, string Author = "Samoocena");
