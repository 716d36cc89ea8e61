namespace Samoocena.Api.Maps;

/// <summary>One legend swatch: a CSS colour and its Polish label.</summary>
public sealed record LegendEntry(string Colour, string Label);
