namespace Samoocena.Api.Maps;

/// <summary>One area ready to draw: its SVG path data (map pixels) and bounding box.</summary>
public sealed record MapShape(string Code, string Path, double Left, double Top, double Right, double Bottom)
{
    public double CentreX => (Left + Right) / 2;

    public double CentreY => (Top + Bottom) / 2;
}
