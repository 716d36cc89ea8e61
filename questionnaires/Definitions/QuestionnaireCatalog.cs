using System.Text;

namespace Samoocena.Questionnaires.Definitions;

/// <summary>
/// Every questionnaire version known to the product, keyed by (id, version). Definitions are data:
/// the shipped ones are the embedded <c>definitions/*.json</c> files whose <c>type</c> is <c>questionnaire</c>.
/// </summary>
public sealed class QuestionnaireCatalog
{
    private readonly Dictionary<(string Id, int Version), QuestionnaireDefinition> _byKey = [];
    private readonly Dictionary<string, QuestionnaireDefinition> _latest = new(StringComparer.Ordinal);

    public QuestionnaireCatalog(IEnumerable<QuestionnaireDefinition> definitions)
    {
        var all = new List<QuestionnaireDefinition>();
        foreach (var definition in definitions)
        {
            if (!_byKey.TryAdd((definition.Id, definition.Version), definition))
                throw new InvalidQuestionnaireException(definition.Id,
                    [$"Kwestionariusz {definition.Id} w wersji {definition.Version} jest zdefiniowany więcej niż raz."]);
            all.Add(definition);
            if (!_latest.TryGetValue(definition.Id, out var latest) || latest.Version < definition.Version)
                _latest[definition.Id] = definition;
        }
        all.Sort((x, y) => x.Id != y.Id ? string.CompareOrdinal(x.Id, y.Id) : x.Version.CompareTo(y.Version));
        All = all;
    }

    /// <summary>All versions, ordered by id then version.</summary>
    public IReadOnlyList<QuestionnaireDefinition> All { get; }

    /// <summary>The highest version of a questionnaire, or null for an unknown id.</summary>
    public QuestionnaireDefinition? Latest(string id) => _latest.GetValueOrDefault(id);

    /// <summary>One exact version, or null.</summary>
    public QuestionnaireDefinition? Get(string id, int version) => _byKey.GetValueOrDefault((id, version));

    private static readonly Lazy<QuestionnaireCatalog> Embedded = new(LoadEmbedded);

    /// <summary>The catalogue shipped in this assembly (read and validated once; throws listing every error).</summary>
    public static QuestionnaireCatalog Load() => Embedded.Value;

    /// <summary>Builds a catalogue from (file name, JSON text) pairs, skipping files of other types.</summary>
    public static QuestionnaireCatalog FromFiles(IEnumerable<(string Name, string Json)> files)
    {
        var definitions = new List<QuestionnaireDefinition>();
        var errors = new List<string>();
        foreach (var (name, json) in files)
        {
            try
            {
                if (QuestionnaireReader.Read(json, name) is { } definition) definitions.Add(definition);
            }
            catch (InvalidQuestionnaireException e)
            {
                foreach (var error in e.Errors) errors.Add($"{name}: {error}");
            }
        }
        if (errors.Count > 0) throw new InvalidQuestionnaireException("definitions/*.json", errors);
        return new QuestionnaireCatalog(definitions);
    }

    private static QuestionnaireCatalog LoadEmbedded()
    {
        var assembly = typeof(QuestionnaireCatalog).Assembly;
        var files = new List<(string, string)>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith("definitions/", StringComparison.Ordinal) || !name.EndsWith(".json", StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            files.Add((name, reader.ReadToEnd()));
        }
        files.Sort((x, y) => string.CompareOrdinal(x.Item1, y.Item1));
        return FromFiles(files);
    }
}
