using System.Globalization;
using System.Reflection;

namespace Samoocena.Questionnaires.Registry;

/// <summary>All 2,479 gminas of 2025-01-01, loaded from the shipped copy of gminy_2025.csv.</summary>
public sealed class MunicipalityRegistry
{
    private readonly Dictionary<string, Municipality> _byTeryt;

    public MunicipalityRegistry(IEnumerable<Municipality> units)
    {
        All = units.OrderBy(u => u.Teryt, StringComparer.Ordinal).ToArray();
        _byTeryt = All.ToDictionary(u => u.Teryt, StringComparer.Ordinal);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < All.Count; i++) index[All[i].Teryt] = i;
        Index = index;
    }

    /// <summary>Units ordered by TERYT ascending.</summary>
    public IReadOnlyList<Municipality> All { get; }

    /// <summary>Position of each TERYT in <see cref="All"/>.</summary>
    public IReadOnlyDictionary<string, int> Index { get; }

    public bool TryGet(string teryt, out Municipality unit) => _byTeryt.TryGetValue(teryt, out unit!);

    public Municipality? Find(string teryt) => _byTeryt.GetValueOrDefault(teryt);

    public bool Contains(string teryt) => _byTeryt.ContainsKey(teryt);

    private static readonly Lazy<MunicipalityRegistry> Embedded = new(() =>
    {
        using var stream = typeof(MunicipalityRegistry).Assembly.GetManifestResourceStream("data/gminy_2025.csv")
            ?? throw new InvalidOperationException("Brak wbudowanego pliku data/gminy_2025.csv.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return new MunicipalityRegistry(Parse(reader));
    });

    /// <summary>The registry shipped inside this assembly (loaded once).</summary>
    public static MunicipalityRegistry Load() => Embedded.Value;

    /// <summary>Parses gminy_2025.csv (comma-separated, header row, no quoted fields in this file).</summary>
    public static IEnumerable<Municipality> Parse(TextReader reader)
    {
        var header = reader.ReadLine()?.TrimStart('\uFEFF').Split(',')
            ?? throw new InvalidDataException("Pusty plik rejestru gmin.");
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i
            : throw new InvalidDataException($"Brak kolumny '{name}' w rejestrze gmin.");
        int teryt = Col("teryt"), nazwa = Col("nazwa"), typ = Col("typ_gminy"), powiat = Col("powiat"),
            woj = Col("wojewodztwo"), area = Col("powierzchnia_km2_2025"), pop = Col("ludnosc_2024_approx"),
            density = Col("gestosc_os_km2_2024"), urban = Col("wskaznik_urbanizacji_pct_2024");
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0) continue;
            var f = Text.CsvFields.Split(line, ',');
            var population = ParseInt(f[pop]);
            yield return new Municipality(
                f[teryt], f[nazwa], f[typ], f[powiat], f[woj],
                ParseDouble(f[area]) ?? 0, population, ParseDouble(f[density]), ParseDouble(f[urban]),
                MunicipalityAttributes.Category(f[teryt]), MunicipalityAttributes.PopulationClass(population));
        }
    }

    private static double? ParseDouble(string s) =>
        string.IsNullOrWhiteSpace(s) ? null : double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int? ParseInt(string s) =>
        string.IsNullOrWhiteSpace(s) ? null : int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
