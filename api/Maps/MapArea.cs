namespace Samoocena.Api.Maps;

/// <summary>
/// What a choropleth shows for one gmina: its fill colour (a CSS colour such as <c>#2e9e5b</c>) and the
/// text after the name in its tooltip, "Nazwa (TERYT): <see cref="Value"/>, <see cref="ClassLabel"/>".
/// </summary>
public sealed record MapArea(string Colour, string Value, string? ClassLabel = null)
{
    /// <summary>The tooltip text after "Nazwa (TERYT): ".</summary>
    public string Text => ClassLabel is null ? Value : $"{Value}, {ClassLabel}";
}
