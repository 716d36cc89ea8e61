using Samoocena.Questionnaires.Definitions;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samoocena.Questionnaires.Indicators;

/// <summary>
/// The indicator catalogue of definitions/wskazniki.json: areas, indicators (monitoring and context)
/// and one composite index per area. Construction validates the file, so a loaded catalogue is consistent.
/// </summary>
public sealed class IndicatorCatalog
{
    /// <summary>The four SMUP dimensions of a monitoring indicator.</summary>
    public static readonly IReadOnlyList<string> Dimensions = ["quantity", "quality", "accessibility", "efficiency"];

    /// <summary>The dimension every context indicator carries.</summary>
    public const string ContextDimension = "context";

    private readonly Dictionary<string, Indicator> _byId;
    private readonly Dictionary<string, AreaIndex> _indexById;

    private IndicatorCatalog(CatalogFile file)
    {
        Id = file.Id;
        Version = file.Version;
        Title = file.Title;
        Coverage = file.Coverage;
        Areas = file.Areas;
        Indicators = file.Indicators;
        Indices = file.Indices;
        _byId = Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        _indexById = Indices.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    public string Id { get; }
    public int Version { get; }
    public string Title { get; }

    /// <summary>Share of the index weight that present indicators must carry (methodology §0: 0.6).</summary>
    public double Coverage { get; }

    public IReadOnlyList<IndicatorArea> Areas { get; }

    /// <summary>All indicators in file order, monitoring and context.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    public IReadOnlyList<AreaIndex> Indices { get; }

    public Indicator? Find(string id) => _byId.GetValueOrDefault(id);

    public bool Contains(string id) => _byId.ContainsKey(id);

    public AreaIndex? FindIndex(string id) => _indexById.GetValueOrDefault(id);

    public AreaIndex? IndexOfArea(string area) => Indices.FirstOrDefault(i => i.Area == area);

    private static readonly JsonSerializerOptions Json = DefinitionFile.StrictOptions();

    private static readonly Lazy<IndicatorCatalog> Embedded = new(() => Parse(DefinitionFile.ReadEmbedded("wskazniki", "katalogu wskaźników")));

    /// <summary>The catalogue shipped inside this assembly (loaded and validated once).</summary>
    public static IndicatorCatalog Load() => Embedded.Value;

    /// <summary>Parses and validates a catalogue; throws <see cref="InvalidDataException"/> listing every problem.</summary>
    public static IndicatorCatalog Parse(string json) =>
        new(DefinitionFile.Parse<CatalogFile>(json, Json, "katalogu wskaźników", Validate));

    private static List<string> Validate(CatalogFile f)
    {
        var errors = new List<string>();
        if (f.Type != "indicators") errors.Add($"Pole type musi mieć wartość 'indicators', jest '{f.Type}'.");
        if (f.Coverage is <= 0 or > 1) errors.Add($"Próg pokrycia musi być w przedziale (0, 1], jest {f.Coverage}.");
        var areas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in f.Areas)
            if (!areas.Add(a.Id)) errors.Add($"Obszar '{a.Id}' występuje więcej niż raz.");
        var ids = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        foreach (var i in f.Indicators)
        {
            if (string.IsNullOrWhiteSpace(i.Id) || !i.Id.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
                errors.Add($"Identyfikator wskaźnika '{i.Id}' musi składać się z liter ASCII, cyfr i '_'.");
            if (!ids.TryAdd(i.Id, i)) errors.Add($"Wskaźnik '{i.Id}' występuje więcej niż raz.");
            if (string.IsNullOrWhiteSpace(i.Name)) errors.Add($"Wskaźnik '{i.Id}' nie ma nazwy.");
            if (string.IsNullOrWhiteSpace(i.Unit)) errors.Add($"Wskaźnik '{i.Id}' nie ma jednostki.");
            if (i.Polarity is not ("+" or "-"))
                errors.Add($"Wskaźnik '{i.Id}': kierunek (polarity) musi być '+' albo '-', jest '{i.Polarity}'.");
            if (!areas.Contains(i.Area)) errors.Add($"Wskaźnik '{i.Id}' wskazuje nieznany obszar '{i.Area}'.");
            if (i.Context ? i.Dimension != ContextDimension : !Dimensions.Contains(i.Dimension))
                errors.Add(i.Context
                    ? $"Wskaźnik kontekstowy '{i.Id}' musi mieć wymiar '{ContextDimension}', ma '{i.Dimension}'."
                    : $"Wskaźnik '{i.Id}' ma nieznany wymiar '{i.Dimension}' (dozwolone: {string.Join(", ", Dimensions)}).");
        }
        var bdl = new Dictionary<int, string>();
        foreach (var i in f.Indicators)
        foreach (var v in i.BdlVariables)
        {
            if (v <= 0) errors.Add($"Wskaźnik '{i.Id}': identyfikator zmiennej BDL musi być dodatni, jest {v}.");
            else if (!bdl.TryAdd(v, i.Id))
                errors.Add($"Zmienna BDL {v} jest przypisana do wskaźników '{bdl[v]}' i '{i.Id}'; może należeć tylko do jednego.");
        }
        var indexIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var x in f.Indices)
        {
            if (!indexIds.Add(x.Id)) errors.Add($"Indeks '{x.Id}' występuje więcej niż raz.");
            if (!areas.Contains(x.Area)) errors.Add($"Indeks '{x.Id}' wskazuje nieznany obszar '{x.Area}'.");
            if (x.Components.Count == 0) errors.Add($"Indeks '{x.Id}' nie ma składowych.");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in x.Components)
            {
                if (!seen.Add(c.Indicator)) errors.Add($"Indeks '{x.Id}' zawiera wskaźnik '{c.Indicator}' więcej niż raz.");
                if (!(c.Weight > 0)) errors.Add($"Indeks '{x.Id}': waga wskaźnika '{c.Indicator}' musi być dodatnia, jest {c.Weight}.");
                if (!ids.TryGetValue(c.Indicator, out var ind))
                    errors.Add($"Indeks '{x.Id}' odwołuje się do nieznanego wskaźnika '{c.Indicator}'.");
                else if (ind.Context)
                    errors.Add($"Indeks '{x.Id}' zawiera wskaźnik kontekstowy '{c.Indicator}'.");
            }
        }
        return errors;
    }

    private sealed record CatalogFile(
        string Type,
        string Id,
        int Version,
        string Title,
        double Coverage,
        IReadOnlyList<IndicatorArea> Areas,
        IReadOnlyList<Indicator> Indicators,
        IReadOnlyList<AreaIndex> Indices);
}
