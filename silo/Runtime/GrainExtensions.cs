namespace Orleans;

/// <summary>Key accessors (mirrors Orleans.GrainExtensions).</summary>
public static class GrainExtensions
{
    public static string GetPrimaryKeyString(this Grain grain) => grain.PrimaryKeyString;

    public static long GetPrimaryKeyLong(this Grain grain) =>
        long.Parse(grain.PrimaryKeyString, System.Globalization.CultureInfo.InvariantCulture);
}
