namespace Samoocena.Api.Excel;

/// <summary>Turns requested sheet names into names Excel accepts: at most 31 characters, none of []:*?/\,
/// not starting or ending with an apostrophe, not "History", unique regardless of case.</summary>
public sealed class SheetNames
{
    public const int MaxLength = 31;
    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string Claim(string requested)
    {
        var name = Clean(requested);
        if (_used.Add(name)) return name;
        for (var n = 2; ; n++)
        {
            var suffix = $" ({n})";
            var candidate = Truncate(name, MaxLength - suffix.Length).TrimEnd('\'') + suffix;
            if (_used.Add(candidate)) return candidate;
        }
    }

    public static string Clean(string requested)
    {
        var chars = (requested ?? string.Empty).Select(c => Array.IndexOf(Forbidden, c) >= 0 || char.IsControl(c) ? '_' : c).ToArray();
        var name = Truncate(new string(chars).Trim(), MaxLength).Trim('\'').Trim();
        if (name.Length == 0) name = "Arkusz";
        // Excel reserves "History" for change tracking.
        if (name.Equals("History", StringComparison.OrdinalIgnoreCase)) name += "_";
        return name;
    }

    // Never cut a surrogate pair in half.
    private static string Truncate(string s, int length)
    {
        if (s.Length <= length) return s;
        var cut = char.IsHighSurrogate(s[length - 1]) ? length - 1 : length;
        return s[..cut];
    }
}
