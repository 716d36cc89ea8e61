using Samoocena.Questionnaires.Definitions;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samoocena.Questionnaires.Awards;

/// <summary>An award edition (type "award"): categories, criteria with weights, nominees and jurors (methodology §6).</summary>
public sealed record AwardDefinition(
    string Type,
    string Id,
    int Version,
    string Title,
    IReadOnlyList<AwardCategory> Categories,
    IReadOnlyList<AwardCriterion> Criteria,
    IReadOnlyList<AwardNominee> Nominees,
    IReadOnlyList<AwardJuror> Jurors)
{
    private static readonly JsonSerializerOptions Json = DefinitionFile.StrictOptions();

    /// <summary>Loads and validates the embedded definitions/&lt;id&gt;.json.</summary>
    public static AwardDefinition Load(string id) => Parse(DefinitionFile.ReadEmbedded(id, "definicji nagrody"));

    /// <summary>Parses and validates a definition; throws <see cref="InvalidDataException"/> listing every problem.</summary>
    public static AwardDefinition Parse(string json) => DefinitionFile.Parse<AwardDefinition>(json, Json, "definicji nagrody", d => d.Validate());

    /// <summary>The problems of this definition, in Polish; empty when it is consistent.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Type != "award") errors.Add($"Pole type musi mieć wartość 'award', jest '{Type}'.");
        Unique(Categories.Select(c => c.Id), "Kategoria", errors);
        Unique(Criteria.Select(c => c.Id), "Kryterium", errors);
        Unique(Nominees.Select(n => n.Id), "Nominacja", errors);
        Unique(Jurors.Select(j => j.Login), "Juror", errors);
        if (Criteria.Count == 0) errors.Add("Nagroda nie ma kryteriów oceny.");
        foreach (var c in Criteria)
            if (!(c.Weight > 0)) errors.Add($"Waga kryterium '{c.Id}' musi być dodatnia, jest {c.Weight}.");
        var categories = Categories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var n in Nominees)
        {
            if (!categories.Contains(n.Category)) errors.Add($"Nominacja '{n.Id}' wskazuje nieznaną kategorię '{n.Category}'.");
            if (n.Teryt is { } t && (t.Length != 7 || !t.All(char.IsAsciiDigit))) errors.Add($"Nominacja '{n.Id}': kod TERYT musi mieć 7 cyfr, jest '{t}'.");
        }
        return errors;
    }

    private static void Unique(IEnumerable<string> ids, string what, List<string> errors)
    {
        foreach (var g in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1))
            errors.Add($"{what} '{g.Key}' występuje więcej niż raz.");
    }
}
