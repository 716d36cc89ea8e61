using System.Text.Json;

namespace Samoocena.Api.Maps;

/// <summary>A feature of a GeoJSON FeatureCollection: one key property and its rings of [lon, lat].</summary>
internal sealed record GeoJsonFeature(string Key, IReadOnlyList<double[][]> Rings);

/// <summary>Reads the Polygon and MultiPolygon features of the embedded boundary files.</summary>
internal static class GeoJsonFeatures
{
    public static IReadOnlyList<GeoJsonFeature> ReadEmbedded(string resourceName, string keyProperty)
    {
        using var stream = typeof(GeoJsonFeatures).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Brak wbudowanego pliku {resourceName}.");
        using var document = JsonDocument.Parse(stream);
        return Read(document.RootElement, keyProperty);
    }

    public static IReadOnlyList<GeoJsonFeature> Read(JsonElement collection, string keyProperty)
    {
        var features = new List<GeoJsonFeature>();
        foreach (var feature in collection.GetProperty("features").EnumerateArray())
        {
            var key = feature.GetProperty("properties").GetProperty(keyProperty).GetString()
                ?? throw new InvalidDataException($"Obiekt bez właściwości '{keyProperty}'.");
            var geometry = feature.GetProperty("geometry");
            var coordinates = geometry.GetProperty("coordinates");
            var rings = new List<double[][]>();
            switch (geometry.GetProperty("type").GetString())
            {
                case "Polygon":
                    AddPolygon(coordinates, rings);
                    break;
                case "MultiPolygon":
                    foreach (var polygon in coordinates.EnumerateArray()) AddPolygon(polygon, rings);
                    break;
                case var other:
                    throw new InvalidDataException($"Nieobsługiwany typ geometrii '{other}' ({key}).");
            }
            features.Add(new GeoJsonFeature(key, rings));
        }
        return features;
    }

    // Holes are kept as further rings of the same path; the renderer fills with the even-odd rule.
    private static void AddPolygon(JsonElement polygon, List<double[][]> rings)
    {
        foreach (var ring in polygon.EnumerateArray())
            rings.Add(ring.EnumerateArray().Select(p => new[] { p[0].GetDouble(), p[1].GetDouble() }).ToArray());
    }
}
