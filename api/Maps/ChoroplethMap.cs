using System.Globalization;
using System.Text;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Maps;

/// <summary>
/// A map of all gminas coloured by <see cref="Areas"/>, rendered as one standalone, accessible SVG
/// document: title and legend inside, a tooltip per gmina, voivodeship outlines on top, an optional
/// highlighted gmina and outlined peers. Names come from the registry, never from the boundary file.
/// </summary>
/// <param name="Title">Visible heading and the SVG's accessible name.</param>
/// <param name="Areas">Colour and tooltip text by TERYT; gminas missing here are drawn grey as "brak danych";
/// keys that are not gminas of the registry are ignored.</param>
/// <param name="Legend">Swatches in display order; "brak danych" is added when some gmina has no area.</param>
public sealed record ChoroplethMap(string Title, IReadOnlyDictionary<string, MapArea> Areas, IReadOnlyList<LegendEntry> Legend)
{
    public const string MissingColour = "#d4d8dc";
    public const string MissingLabel = "brak danych";
    public const string HighlightStroke = "#0b0d10";
    public const string HighlightStrokeWidth = "2.2";
    public const string PeerStroke = "#1f3a93";
    public const string PeerStrokeWidth = "1.6";

    /// <summary>Shown under the legend: two 2025 gminas have no polygon of their own yet.</summary>
    public static readonly IReadOnlyList<string> CoverageNote =
    [
        "Szczawa (1207132) i Grabówka (2002162), gminy utworzone 1 stycznia 2025 r., nie mają jeszcze własnych granic na mapie:",
        "ich obszar leży w granicach pokazanych dla gmin Kamienica (1207052) i Supraśl (2002093).",
    ];

    public const string SourceNote = "Granice: PRG (GUGiK), stan ok. 2020 r., uproszczone; nazwy i kody: TERYT GUS, stan 1.01.2025. Odwzorowanie azymutalne równopolowe Lamberta.";

    private const double CanvasWidth = 1000;
    private const double Margin = (CanvasWidth - MapGeometry.Width) / 2;
    private const string Font = "system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',Arial,sans-serif";

    /// <summary>Second heading line, e.g. the year or the peer group.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Accessible description; a summary of the legend when not given.</summary>
    public string? Description { get; init; }

    /// <summary>A gmina drawn last with a thick dark outline and its name; must be in the registry.</summary>
    public string? Highlight { get; init; }

    /// <summary>Gminas outlined in blue (e.g. the highlighted gmina's peer group).</summary>
    public IReadOnlySet<string>? Peers { get; init; }

    /// <summary>Legend label of the outlined <see cref="Peers"/> (e.g. the members of a cohort).</summary>
    public string PeersLabel { get; init; } = "gminy porównywane";

    /// <summary>Renders the SVG with names from <paramref name="registry"/> and the shipped geometry.</summary>
    public string ToSvg(MunicipalityRegistry registry) => ToSvg(registry, MapGeometry.Poland);

    internal string ToSvg(MunicipalityRegistry registry, MapGeometry geometry)
    {
        Municipality? highlighted = null;
        if (Highlight is not null && !registry.TryGet(Highlight, out highlighted!))
            throw new ArgumentException($"Nie ma gminy o kodzie TERYT {Highlight}.", nameof(Highlight));
        var highlightShape = Highlight is null ? null : geometry.ShapeOf(Highlight);

        var legend = LegendWithCounts(registry, highlighted);
        var headerHeight = Subtitle is null ? 58.0 : 78.0;
        var mapTop = headerHeight;
        var legendTop = mapTop + geometry.Height + 22;
        var legendRows = LayOutLegend(legend);
        var noteTop = legendTop + legendRows.Select(r => r.Row).DefaultIfEmpty(0).Max() * 24 + 34;
        var height = Math.Ceiling(noteTop + (CoverageNote.Count + 1) * 15 + 12);

        var svg = new StringBuilder(900_000);
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" xml:lang=\"pl\" class=\"choropleth\" role=\"img\" aria-labelledby=\"map-title map-desc\" font-family=\"").Append(Font).Append("\"")
            .Append(" viewBox=\"0 0 ").Append(Number(CanvasWidth)).Append(' ').Append(Number(height))
            .Append("\" width=\"").Append(Number(CanvasWidth)).Append("\" height=\"").Append(Number(height)).Append("\">\n");
        svg.Append("<title id=\"map-title\">").Append(Escape(Title)).Append("</title>\n");
        svg.Append("<desc id=\"map-desc\">").Append(Escape(Description ?? DefaultDescription(legend, highlighted))).Append("</desc>\n");
        // No <style> element: the page's Content-Security-Policy refuses inline styles, so every look is an SVG
        // presentation attribute (the hover outline lives in app.css).
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#fbfcfd\"/>\n");
        svg.Append("<text class=\"heading\" font-size=\"22\" font-weight=\"650\" fill=\"#1c2228\" x=\"").Append(Number(Margin)).Append("\" y=\"36\">").Append(Escape(Title)).Append("</text>\n");
        if (Subtitle is not null)
            svg.Append("<text class=\"subtitle\" font-size=\"14\" fill=\"#4d5963\" x=\"").Append(Number(Margin)).Append("\" y=\"60\">").Append(Escape(Subtitle)).Append("</text>\n");

        svg.Append("<g transform=\"translate(").Append(Number(Margin)).Append(' ').Append(Number(mapTop)).Append(")\">\n");
        var peerShapes = new List<(Municipality Unit, MapShape Shape)>();
        svg.Append("<g class=\"gminy\" stroke=\"#fff\" stroke-width=\".3\" stroke-opacity=\".85\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">\n");
        foreach (var unit in registry.All)
        {
            if (!geometry.Municipalities.TryGetValue(unit.Teryt, out var shape)) continue;
            if (shape == highlightShape) continue;
            if (Peers?.Contains(unit.Teryt) == true) { peerShapes.Add((unit, shape)); continue; }
            AppendArea(svg, registry, unit, shape, stroke: null);
        }
        svg.Append("</g>\n<g class=\"wojewodztwa\" fill=\"none\" stroke=\"#3b4148\" stroke-width=\"1.1\" stroke-linejoin=\"round\" pointer-events=\"none\">\n");
        foreach (var voivodeship in geometry.Voivodeships)
            svg.Append("<path id=\"w-").Append(voivodeship.Code).Append("\" d=\"").Append(voivodeship.Path).Append("\"/>\n");
        svg.Append("</g>\n");
        if (peerShapes.Count > 0)
        {
            svg.Append("<g class=\"peers\" fill-rule=\"evenodd\" stroke-linejoin=\"round\">\n");
            foreach (var (unit, shape) in peerShapes) AppendArea(svg, registry, unit, shape, (PeerStroke, PeerStrokeWidth));
            svg.Append("</g>\n");
        }
        if (highlighted is not null && highlightShape is not null)
        {
            var owner = registry.Find(highlightShape.Code) ?? highlighted;
            svg.Append("<g class=\"highlight\" fill-rule=\"evenodd\" stroke-linejoin=\"round\">\n<path class=\"halo\" fill=\"none\" stroke=\"#fff\" stroke-width=\"5\" d=\"").Append(highlightShape.Path).Append("\"/>\n");
            AppendArea(svg, registry, owner, highlightShape, (HighlightStroke, HighlightStrokeWidth));
            AppendLabel(svg, highlighted, owner, highlightShape);
            svg.Append("</g>\n");
        }
        svg.Append("</g>\n");

        AppendLegend(svg, legendRows, legendTop);
        svg.Append("<text class=\"note\" id=\"coverage-note\" font-size=\"11.5\" fill=\"#56616b\" x=\"").Append(Number(Margin)).Append("\" y=\"").Append(Number(noteTop)).Append("\">");
        for (var i = 0; i < CoverageNote.Count; i++)
        {
            svg.Append("<tspan x=\"").Append(Number(Margin)).Append('"');
            if (i > 0) svg.Append(" dy=\"15\"");
            svg.Append('>').Append(Escape(CoverageNote[i])).Append("</tspan>");
        }
        svg.Append("</text>\n");
        svg.Append("<text class=\"note\" font-size=\"11.5\" fill=\"#56616b\" x=\"").Append(Number(Margin)).Append("\" y=\"").Append(Number(noteTop + CoverageNote.Count * 15 + 4))
            .Append("\">").Append(Escape(SourceNote)).Append("</text>\n");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private void AppendArea(StringBuilder svg, MunicipalityRegistry registry, Municipality unit, MapShape shape, (string Colour, string Width)? stroke)
    {
        var area = Areas.GetValueOrDefault(unit.Teryt);
        svg.Append("<path id=\"g-").Append(unit.Teryt).Append("\" data-teryt=\"").Append(unit.Teryt)
            .Append("\" fill=\"").Append(Escape(area?.Colour ?? MissingColour)).Append('"');
        if (stroke is var (colour, width))
            svg.Append(" stroke=\"").Append(colour).Append("\" stroke-width=\"").Append(width).Append('"');
        svg.Append(" d=\"").Append(shape.Path).Append("\"><title>");
        AppendTooltip(svg, unit, area);
        foreach (var (covered, cover) in MapGeometry.CoveredBy)
        {
            if (cover != unit.Teryt || !registry.TryGet(covered, out var inner)) continue;
            svg.Append(Escape("; na mapie obejmuje też gminę ")).Append(Escape(inner.Name)).Append(" (").Append(inner.Teryt).Append(")");
            if (Areas.TryGetValue(covered, out var innerArea)) svg.Append(": ").Append(Escape(innerArea.Text));
        }
        svg.Append("</title></path>\n");
    }

    private static void AppendTooltip(StringBuilder svg, Municipality unit, MapArea? area) =>
        svg.Append(Escape(unit.Name)).Append(" (").Append(unit.Teryt).Append("): ").Append(Escape(area?.Text ?? MissingLabel));

    private static void AppendLabel(StringBuilder svg, Municipality unit, Municipality owner, MapShape shape)
    {
        var name = unit == owner ? unit.Name : $"{unit.Name} (na mapie w gminie {owner.Name})";
        // Above the gmina unless that leaves the map; clamp so the text stays inside horizontally.
        var y = shape.Top - 8 < 16 ? shape.Bottom + 18 : shape.Top - 8;
        var halfWidth = Math.Min(name.Length * 4.2, MapGeometry.Width / 2);
        var x = Math.Clamp(shape.CentreX, halfWidth, MapGeometry.Width - halfWidth);
        svg.Append("<text class=\"label\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"650\" fill=\"#1c2228\" stroke=\"#fff\" stroke-width=\"3.5\" stroke-linejoin=\"round\" paint-order=\"stroke\" x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(y)).Append("\">")
            .Append(Escape(name)).Append("</text>\n");
    }

    /// <summary>A legend swatch: filled for a class of the data, outlined only for highlight and peers.</summary>
    private sealed record Swatch(string Fill, string Label, string? Stroke = null, string? StrokeWidth = null);

    private List<Swatch> LegendWithCounts(MunicipalityRegistry registry, Municipality? highlighted)
    {
        var byColour = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var missing = 0;
        foreach (var unit in registry.All)
        {
            if (Areas.TryGetValue(unit.Teryt, out var area))
                byColour[area.Colour] = byColour.GetValueOrDefault(area.Colour) + 1;
            else
                missing++;
        }
        var swatches = Legend
            .Select(e => new Swatch(e.Colour, $"{e.Label} ({Count(byColour.GetValueOrDefault(e.Colour))})"))
            .ToList();
        if (missing > 0) swatches.Add(new Swatch(MissingColour, $"{MissingLabel} ({Count(missing)})"));
        if (highlighted is not null) swatches.Add(new Swatch("none", $"wyróżniona: {highlighted.Name}", HighlightStroke, HighlightStrokeWidth));
        if (Peers is { Count: > 0 }) swatches.Add(new Swatch("none", $"{PeersLabel} ({Count(Peers.Count)})", PeerStroke, PeerStrokeWidth));
        return swatches;
    }

    // Plain digits: a locale's group separator (a no-break space of varying width) would gain nothing here.
    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A grid: as few rows as fit the width, then as few columns as that many rows need (4 entries that do
    /// not fit in one row make 2 × 2, not 3 + 1); each column as wide as its widest entry.
    /// </summary>
    private static List<(Swatch Swatch, double X, int Row)> LayOutLegend(List<Swatch> legend)
    {
        if (legend.Count == 0) return [];
        var widths = legend.Select(e => 16 + 7 + EstimatedWidth(e.Label) + 24).ToArray();
        var columns = legend.Count;
        while (columns > 1 && ColumnWidths(widths, columns).Sum() > MapGeometry.Width) columns--;
        var rows = (legend.Count + columns - 1) / columns;
        columns = (legend.Count + rows - 1) / rows;
        var columnWidths = ColumnWidths(widths, columns);
        return legend.Select((e, i) => (e, columnWidths.Take(i % columns).Sum(), i / columns)).ToList();
    }

    private static double[] ColumnWidths(double[] widths, int columns) =>
        Enumerable.Range(0, columns).Select(c => widths.Where((_, i) => i % columns == c).Max()).ToArray();

    // About the mean advance of a 13 px sans-serif glyph (DejaVu Sans is the widest likely); only spaces entries.
    private static double EstimatedWidth(string text) => text.Length * 7.4;

    private static void AppendLegend(StringBuilder svg, List<(Swatch Swatch, double X, int Row)> rows, double top)
    {
        svg.Append("<g class=\"legend\" font-size=\"13\" fill=\"#1c2228\" transform=\"translate(").Append(Number(Margin)).Append(' ').Append(Number(top)).Append(")\">\n");
        foreach (var (swatch, x, row) in rows)
        {
            var y = row * 24;
            svg.Append("<rect x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(y)).Append("\" width=\"16\" height=\"12\" rx=\"2\" fill=\"")
                .Append(Escape(swatch.Fill)).Append('"');
            svg.Append(" stroke=\"").Append(swatch.Stroke ?? "#6b757e").Append("\" stroke-width=\"").Append(swatch.StrokeWidth ?? ".6").Append('"');
            svg.Append("/><text x=\"").Append(Number(x + 23)).Append("\" y=\"").Append(Number(y + 11)).Append("\">")
                .Append(Escape(swatch.Label)).Append("</text>\n");
        }
        svg.Append("</g>\n");
    }

    private string DefaultDescription(List<Swatch> legend, Municipality? highlighted)
    {
        var text = new StringBuilder("Mapa gmin Polski. Legenda: ").AppendJoin("; ", legend.Where(e => e.Stroke is null).Select(e => e.Label)).Append('.');
        if (highlighted is not null) text.Append(" Wyróżniona gmina: ").Append(highlighted.Name).Append(" (").Append(highlighted.Teryt).Append(").");
        if (Peers is { Count: > 0 }) text.Append(" Obwiedzione (").Append(PeersLabel).Append("): ").Append(Peers.Count).Append('.');
        return text.ToString();
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Escapes text for XML content and double-quoted attributes.</summary>
    internal static string Escape(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            escaped.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&apos;",
                // Control characters are not allowed in XML 1.0; a caller's stray one must not break the document.
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) => c is '<' or '>' or '&' or '"' or '\'' || char.IsControl(c);
}
