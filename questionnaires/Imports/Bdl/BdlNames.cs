using System.Globalization;
using System.Text;

namespace Samoocena.Questionnaires.Imports.Bdl;

/// <summary>
/// Compares a BDL unit name with a register name: case, diacritics, spacing and punctuation aside, and without
/// BDL's suffixes (" - gmina wiejska", " - miasto", " - obszar wiejski" …) and prefixes ("m. st.").
/// </summary>
public static class BdlNames
{
    private static readonly string[] SuffixStarts = ["gmina", "gm.", "miasto", "m.", "obszar"];
    private static readonly string[] Prefixes = ["m. st. ", "m.st. ", "m.st.", "m. ", "gm. "];

    public static bool Same(string bdlName, string registerName) => Key(bdlName) == Key(registerName);

    /// <summary>The comparison key: lower-case ASCII letters and digits of the name without suffix or prefix.</summary>
    public static string Key(string name)
    {
        var s = name.Trim();
        foreach (var dash in new[] { " - ", " – ", " — " })
        {
            var at = s.LastIndexOf(dash, StringComparison.Ordinal);
            if (at > 0 && SuffixStarts.Any(p => s.AsSpan(at + dash.Length).TrimStart().StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                s = s[..at];
        }
        foreach (var prefix in Prefixes)
            if (s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && s.Length > prefix.Length) { s = s[prefix.Length..]; break; }
        var key = new StringBuilder(s.Length);
        foreach (var c in s.ToLowerInvariant().Replace('ł', 'l').Normalize(NormalizationForm.FormD))
            if (char.IsAsciiLetterOrDigit(c)) key.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetterOrDigit(c)) key.Append(c);
        return key.ToString();
    }
}
