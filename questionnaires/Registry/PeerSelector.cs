using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Samoocena.Questionnaires.Registry;

/// <summary>
/// A parsed <c>peers=</c> value: <c>default</c> (also when empty), <c>category</c>, <c>voivodeship</c>,
/// <c>all</c>, <c>neighbours</c> (k = 15) or <c>neighbours:k&lt;k&gt;</c>, <c>cohort:&lt;id&gt;</c>.
/// Keywords are case-insensitive; a cohort id is letters, digits, '-', '_' or '.'.
/// </summary>
public sealed record PeerSelector(PeerGroupKind Kind, int K = NearestNeighbours.DefaultK, string? CohortId = null)
{
    public const int MaxK = 200;

    public static PeerSelector Default { get; } = new(PeerGroupKind.Default);

    private const string Allowed =
        "Dozwolone wartości: default, category, voivodeship, all, neighbours, neighbours:k<liczba od 1 do 200>, cohort:<id>.";

    /// <summary>Parses a <c>peers=</c> value; on failure <paramref name="error"/> says why, in Polish.</summary>
    public static bool TryParse(
        string? text, [NotNullWhen(true)] out PeerSelector? selector, [NotNullWhen(false)] out string? error)
    {
        selector = null;
        error = null;
        var value = text?.Trim() ?? "";
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var head = (colon < 0 ? value : value[..colon]).ToLowerInvariant();
        var tail = colon < 0 ? null : value[(colon + 1)..];
        switch (head)
        {
            case "" or "default" when tail is null:
                selector = Default;
                return true;
            case "category" when tail is null:
                selector = new PeerSelector(PeerGroupKind.Category);
                return true;
            case "voivodeship" when tail is null:
                selector = new PeerSelector(PeerGroupKind.Voivodeship);
                return true;
            case "all" when tail is null:
                selector = new PeerSelector(PeerGroupKind.All);
                return true;
            case "neighbours" when tail is null:
                selector = new PeerSelector(PeerGroupKind.Neighbours);
                return true;
            case "neighbours":
                if (tail!.Length > 1 && (tail[0] is 'k' or 'K')
                    && int.TryParse(tail.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var k)
                    && k is >= 1 and <= MaxK)
                {
                    selector = new PeerSelector(PeerGroupKind.Neighbours, k);
                    return true;
                }
                error = $"Nieprawidłowa liczba sąsiadów w '{value}': oczekiwano neighbours:k<liczba od 1 do {MaxK}>, np. neighbours:k15.";
                return false;
            case "cohort":
                if (tail is { Length: > 0 and <= 100 } && tail.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
                {
                    selector = new PeerSelector(PeerGroupKind.Cohort, CohortId: tail);
                    return true;
                }
                error = $"Nieprawidłowy identyfikator kohorty w '{value}': oczekiwano cohort:<id> (litery, cyfry, '-', '_', '.').";
                return false;
            default:
                error = $"Nieznana grupa porównawcza '{value}'. {Allowed}";
                return false;
        }
    }

    /// <summary>The canonical <c>peers=</c> text of this selection.</summary>
    public override string ToString() => Kind switch
    {
        PeerGroupKind.Default => "default",
        PeerGroupKind.Category => "category",
        PeerGroupKind.Voivodeship => "voivodeship",
        PeerGroupKind.All => "all",
        PeerGroupKind.Neighbours => $"neighbours:k{K.ToString(CultureInfo.InvariantCulture)}",
        PeerGroupKind.Cohort => $"cohort:{CohortId}",
        _ => throw new InvalidOperationException($"Nieznany rodzaj grupy {Kind}."),
    };
}
