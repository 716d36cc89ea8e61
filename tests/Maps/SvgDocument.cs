using System.Xml.Linq;

namespace Samoocena.Tests.Maps;

/// <summary>A rendered map parsed back with System.Xml.Linq, with the look-ups the tests need.</summary>
internal sealed class SvgDocument
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public SvgDocument(string svg) => Root = XDocument.Parse(svg).Root!;

    public XElement Root { get; }

    /// <summary>Gmina paths (those carrying data-teryt), in document order.</summary>
    public IReadOnlyList<XElement> Gminas => Root.Descendants(Svg + "path").Where(p => p.Attribute("data-teryt") is not null).ToArray();

    public IReadOnlyList<XElement> Voivodeships => Root.Descendants(Svg + "path").Where(p => ((string?)p.Attribute("id"))?.StartsWith("w-", StringComparison.Ordinal) == true).ToArray();

    public XElement Gmina(string teryt) => Root.Descendants(Svg + "path").Single(p => (string?)p.Attribute("id") == "g-" + teryt);

    public string Fill(string teryt) => (string)Gmina(teryt).Attribute("fill")!;

    public string Tooltip(string teryt) => Gmina(teryt).Element(Svg + "title")!.Value;

    public IReadOnlyList<string> LegendLabels => Root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend")
        .Elements(Svg + "text").Select(t => t.Value).ToArray();
}
