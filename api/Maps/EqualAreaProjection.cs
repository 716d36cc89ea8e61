namespace Samoocena.Api.Maps;

/// <summary>
/// Spherical Lambert azimuthal equal-area projection centred on Poland (19°E, 52°N). Equal area so
/// that a choropleth does not make northern gminas look bigger than southern ones of the same size.
/// </summary>
public static class EqualAreaProjection
{
    public const double CentreLongitude = 19.0;
    public const double CentreLatitude = 52.0;

    /// <summary>Mean Earth radius in metres (IUGG); a sphere is accurate enough at map scale.</summary>
    public const double EarthRadius = 6_371_008.8;

    private static readonly double SinLat0 = Math.Sin(CentreLatitude * Math.PI / 180);
    private static readonly double CosLat0 = Math.Cos(CentreLatitude * Math.PI / 180);

    /// <summary>Projects WGS84 degrees to metres east (x) and north (y) of the centre.</summary>
    public static (double X, double Y) Project(double longitude, double latitude)
    {
        var lambda = (longitude - CentreLongitude) * Math.PI / 180;
        var phi = latitude * Math.PI / 180;
        double sinPhi = Math.Sin(phi), cosPhi = Math.Cos(phi), cosLambda = Math.Cos(lambda);
        var k = Math.Sqrt(2 / (1 + SinLat0 * sinPhi + CosLat0 * cosPhi * cosLambda));
        return (EarthRadius * k * cosPhi * Math.Sin(lambda),
                EarthRadius * k * (CosLat0 * sinPhi - SinLat0 * cosPhi * cosLambda));
    }
}
