using System.Globalization;
using System.Text;

namespace Samoocena.Api.Maps;

/// <summary>
/// Gmina and voivodeship outlines of Poland, projected (<see cref="EqualAreaProjection"/>), fitted to
/// <see cref="Width"/> pixels and turned into SVG path data once per process: rendering a map then only
/// concatenates cached strings.
/// </summary>
public sealed class MapGeometry
{
    /// <summary>Width of the map drawing in pixels; the height follows from Poland's shape.</summary>
    public const double Width = 960;

    /// <summary>
    /// Gminas created on 2025-01-01 that have no polygon yet: the boundary data (PRG, about 2020) still
    /// draws their territory inside the gmina they were carved out of.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> CoveredBy = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["1207132"] = "1207052", // Szczawa inside Kamienica
        ["2002162"] = "2002093", // Grabówka inside Supraśl
    };

    private static readonly Lazy<MapGeometry> Embedded = new(
        () => new MapGeometry(
            GeoJsonFeatures.ReadEmbedded("maps/gminy_2025.geojson", "teryt"),
            GeoJsonFeatures.ReadEmbedded("maps/wojewodztwa.geojson", "terc")),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shipped boundaries (parsed and projected on first use, then shared).</summary>
    public static MapGeometry Poland => Embedded.Value;

    internal MapGeometry(IReadOnlyList<GeoJsonFeature> municipalities, IReadOnlyList<GeoJsonFeature> voivodeships)
    {
        var projectedMunicipalities = municipalities.Select(Project).ToArray();
        var projectedVoivodeships = voivodeships.Select(Project).ToArray();

        double minX = double.MaxValue, maxX = double.MinValue, minY = double.MaxValue, maxY = double.MinValue;
        foreach (var (_, rings) in projectedMunicipalities)
            foreach (var ring in rings)
                foreach (var (x, y) in ring)
                {
                    minX = Math.Min(minX, x); maxX = Math.Max(maxX, x);
                    minY = Math.Min(minY, y); maxY = Math.Max(maxY, y);
                }
        var scale = Width / (maxX - minX);
        Height = Math.Ceiling((maxY - minY) * scale);
        // SVG's y axis points down, projected northings up.
        (int X, int Y) ToTenths((double X, double Y) p) =>
            ((int)Math.Round((p.X - minX) * scale * 10), (int)Math.Round((maxY - p.Y) * scale * 10));

        Municipalities = projectedMunicipalities
            .Select(f => Shape(f.Key, f.Rings, ToTenths))
            .OrderBy(s => s.Code, StringComparer.Ordinal)
            .ToDictionary(s => s.Code, StringComparer.Ordinal);
        Voivodeships = projectedVoivodeships
            .Select(f => Shape(f.Key, f.Rings, ToTenths))
            .OrderBy(s => s.Code, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Height of the map drawing in pixels.</summary>
    public double Height { get; }

    /// <summary>Gmina shapes by 7-digit TERYT (2,477: all gminas but those in <see cref="CoveredBy"/>).</summary>
    public IReadOnlyDictionary<string, MapShape> Municipalities { get; }

    /// <summary>The 16 voivodeship outlines, keyed by their 2-digit TERC code, in code order.</summary>
    public IReadOnlyList<MapShape> Voivodeships { get; }

    /// <summary>The shape that shows a gmina: its own, or the one still covering it.</summary>
    public MapShape? ShapeOf(string teryt) =>
        Municipalities.GetValueOrDefault(teryt)
        ?? (CoveredBy.TryGetValue(teryt, out var cover) ? Municipalities.GetValueOrDefault(cover) : null);

    private static (string Key, (double X, double Y)[][] Rings) Project(GeoJsonFeature feature) =>
        (feature.Key, feature.Rings
            .Select(ring => ring.Select(p => EqualAreaProjection.Project(p[0], p[1])).ToArray())
            .ToArray());

    /// <summary>
    /// Path data in tenths of a pixel: an absolute move, then relative line steps (short numbers),
    /// dropping steps that vanish after rounding.
    /// </summary>
    private static MapShape Shape(string code, (double X, double Y)[][] rings, Func<(double X, double Y), (int X, int Y)> toTenths)
    {
        var d = new StringBuilder();
        int left = int.MaxValue, top = int.MaxValue, right = int.MinValue, bottom = int.MinValue;
        foreach (var ring in rings)
        {
            var points = new List<(int X, int Y)>(ring.Length);
            foreach (var p in ring)
            {
                var t = toTenths(p);
                if (points.Count == 0 || points[^1] != t) points.Add(t);
            }
            if (points.Count > 1 && points[^1] == points[0]) points.RemoveAt(points.Count - 1);
            if (points.Count < 3) continue;
            d.Append('M');
            AppendTenths(d, points[0].X, first: true);
            AppendTenths(d, points[0].Y, first: false);
            d.Append('l');
            for (var i = 1; i < points.Count; i++)
            {
                AppendTenths(d, points[i].X - points[i - 1].X, first: i == 1);
                AppendTenths(d, points[i].Y - points[i - 1].Y, first: false);
            }
            d.Append('z');
            foreach (var (x, y) in points)
            {
                left = Math.Min(left, x); right = Math.Max(right, x);
                top = Math.Min(top, y); bottom = Math.Max(bottom, y);
            }
        }
        if (d.Length == 0) throw new InvalidDataException($"Obszar {code} nie ma żadnego wielokąta.");
        return new MapShape(code, d.ToString(), left / 10.0, top / 10.0, right / 10.0, bottom / 10.0);
    }

    /// <summary>
    /// Writes a number given in tenths with at most one decimal, leading zero dropped (".5"); a minus
    /// sign separates numbers by itself, so a space is only needed before non-negative ones.
    /// </summary>
    private static void AppendTenths(StringBuilder d, int tenths, bool first)
    {
        if (tenths < 0) d.Append('-');
        else if (!first) d.Append(' ');
        var magnitude = Math.Abs(tenths);
        int whole = magnitude / 10, fraction = magnitude % 10;
        if (whole != 0 || fraction == 0) d.Append(whole.ToString(CultureInfo.InvariantCulture));
        if (fraction != 0) d.Append('.').Append((char)('0' + fraction));
    }
}
