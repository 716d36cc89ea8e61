namespace Samoocena.Questionnaires.Demo;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood 2014): a tiny PRNG of our own so that the synthetic demo data never change
/// with the .NET version (System.Random's algorithm is not part of its contract). Normal deviates use the
/// Irwin–Hall sum of 12 uniforms, which needs no transcendental functions and so is bit-identical everywhere.
/// </summary>
public struct SplitMix64(ulong seed)
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;
    private ulong _state = seed;

    /// <summary>A generator for one key tuple, independent of the order in which keys are visited.</summary>
    public static SplitMix64 For(ulong seed, ulong a, ulong b = 0, ulong c = 0) =>
        new(Mix(unchecked(Mix(unchecked(Mix(unchecked(seed ^ Mix(a))) + b)) * 31 + c)));

    public ulong NextUInt64()
    {
        unchecked
        {
            _state += Gamma;
            return Mix(_state);
        }
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [min, max).</summary>
    public int NextInt(int min, int max) => min + (int)(NextDouble() * (max - min));

    /// <summary>Approximately standard normal (mean 0, sd 1, bounded by ±6).</summary>
    public double NextNormal()
    {
        double sum = 0;
        for (var i = 0; i < 12; i++) sum += NextDouble();
        return sum - 6;
    }

    /// <summary>The SplitMix64 output function (a bijective 64-bit mixer).</summary>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>FNV-1a of a string: a stable key for ids (string.GetHashCode differs per process).</summary>
    public static ulong Key(string text)
    {
        unchecked
        {
            var h = 14695981039346656037UL;
            foreach (var ch in text) h = (h ^ ch) * 1099511628211UL;
            return h;
        }
    }
}
