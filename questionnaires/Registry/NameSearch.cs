using System.Globalization;
using System.Text;

namespace Samoocena.Questionnaires.Registry;

/// <summary>
/// Search of gminas by name as people type it: case and diacritics ignored ("zorawina" finds Żórawina, "LODZ" finds
/// Łódź: ł/Ł do not decompose under Unicode normalization and are mapped explicitly), a query matches when it is a
/// prefix of the name or of any word of it (words split at spaces and hyphens: "wielkopolski" finds Gorzów
/// Wielkopolski, "kedzierzyn" and "kozle" find Kędzierzyn-Koźle), or anywhere inside the name. Better matches first:
/// the whole name, then the name's beginning, then a word's beginning, then inside the name.
/// </summary>
public static class NameSearch
{
    /// <summary>Lower case, without diacritics, ł → l, runs of whitespace as one space, trimmed.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Replace('ł', 'l').Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && result.Length > 0) result.Append(' ');
            space = false;
            result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>How well <paramref name="name"/> matches the folded query: 0 best … 3, or null for no match.</summary>
    public static int? Rank(string name, string foldedQuery)
    {
        if (foldedQuery.Length == 0) return 3;
        var folded = Fold(name);
        if (folded == foldedQuery) return 0;
        if (folded.StartsWith(foldedQuery, StringComparison.Ordinal)) return 1;
        for (var i = 1; i < folded.Length; i++)
            if (folded[i - 1] is ' ' or '-' && folded.AsSpan(i).StartsWith(foldedQuery, StringComparison.Ordinal)) return 2;
        return folded.Contains(foldedQuery, StringComparison.Ordinal) ? 3 : null;
    }
}
