using System.Text;

namespace Samoocena.Api.Excel;

/// <summary>Makes arbitrary user text storable in a cell: XML 1.0 forbids most control characters and
/// lone surrogates, and Excel keeps at most 32,767 characters per cell.</summary>
internal static class CellText
{
    public const int MaxLength = 32767;

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (!NeedsCleaning(text)) return text;
        var sb = new StringBuilder(Math.Min(text.Length, MaxLength));
        for (var i = 0; i < text.Length && sb.Length < MaxLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (sb.Length + 2 > MaxLength) break;
                sb.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c)) sb.Append('\uFFFD');
            else if (IsXmlChar(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    public static bool NeedsWhitespacePreserved(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\n'));

    private static bool NeedsCleaning(string text)
    {
        if (text.Length > MaxLength) return true;
        foreach (var c in text)
            if (char.IsSurrogate(c) || !IsXmlChar(c)) return true;
        return false;
    }

    private static bool IsXmlChar(char c) => c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
