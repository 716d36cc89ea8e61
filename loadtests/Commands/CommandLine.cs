using System.Globalization;

namespace Samoocena.LoadTests.Commands;

/// <summary>"--name value" options and "--flag" switches.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public CommandLine(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"Nieoczekiwany argument '{args[i]}'.");
            var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            _options[args[i][2..]] = hasValue ? args[++i] : null;
        }
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string Text(string name, string fallback) => _options.GetValueOrDefault(name) ?? fallback;

    public string? Text(string name) => _options.GetValueOrDefault(name);

    public int Int(string name, int fallback, int min, int max)
    {
        if (_options.GetValueOrDefault(name) is not { } text) return fallback;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max
            ? v
            : throw new ArgumentException($"--{name} musi być liczbą całkowitą od {min} do {max}, a jest '{text}'.");
    }
}
