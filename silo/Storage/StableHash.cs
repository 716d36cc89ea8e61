using System.Text;

namespace Samoocena.Silo.Storage;

/// <summary>
/// A hash that never changes between processes or .NET versions (32-bit FNV-1a over UTF-8),
/// used for the GrainIdHash and GrainTypeHash index columns. string.GetHashCode is randomised per process.
/// </summary>
public static class StableHash
{
    public static int Compute(string value)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var b in Encoding.UTF8.GetBytes(value))
            {
                hash ^= b;
                hash *= 16777619u;
            }
            return (int)hash;
        }
    }
}
