using Samoocena.Questionnaires.Definitions;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samoocena.Questionnaires.Rankings;

/// <summary>
/// A ranking definition file (type "ranking"), such as definitions/zielone-finanse.json: editions and their
/// windows, the budget classification rules, the indicators with weights, labels, coverage and Monte Carlo
/// parameters. Every parameter of the method lives here rather than in code (methodology §5).
/// </summary>
public sealed record RankingDefinition(
    string Type,
    string Id,
    int Version,
    string Title,
    string Method,
    int WindowYears,
    int PopulationYear,
    IReadOnlyList<RankingEdition> Editions,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> CapitalParagraphPrefixes,
    IReadOnlyList<int> ExternalFundingFourthDigits,
    IReadOnlyList<string> GreenRozdzialy,
    IReadOnlyList<RankingIndicator> Indicators,
    double Coverage,
    IReadOnlyList<RankingLabel> Labels,
    MonteCarloSettings MonteCarlo)
{
    /// <summary>The edition's window; throws with a Polish message for an edition the file does not define.</summary>
    public RankingEdition Edition(int edition) =>
        Editions.FirstOrDefault(e => e.Edition == edition)
        ?? throw new KeyNotFoundException(
            $"Ranking '{Id}' nie ma edycji {edition} (dostępne: {string.Join(", ", Editions.Select(e => e.Edition))}).");

    public bool HasEdition(int edition) => Editions.Any(e => e.Edition == edition);

    /// <summary>The label of a rank ("Lider", "Laureat"), or null outside every label's range.</summary>
    public string? LabelFor(int rank) => Labels.FirstOrDefault(l => rank >= l.FromRank && rank <= l.ToRank)?.Label;

    public double TotalWeight => Indicators.Sum(i => i.Weight);

    private static readonly JsonSerializerOptions Json = DefinitionFile.StrictOptions();

    /// <summary>Loads and validates the embedded definitions/&lt;id&gt;.json.</summary>
    public static RankingDefinition Load(string id) => Parse(DefinitionFile.ReadEmbedded(id, "definicji rankingu"));

    private static readonly Lazy<RankingDefinition> Green = new(() => Load("zielone-finanse"));

    /// <summary>The Ranking Zielonych Finansów Samorządowych definition (loaded once).</summary>
    public static RankingDefinition GreenFinance => Green.Value;

    /// <summary>Parses and validates a definition; throws <see cref="InvalidDataException"/> listing every problem.</summary>
    public static RankingDefinition Parse(string json) => DefinitionFile.Parse<RankingDefinition>(json, Json, "definicji rankingu", d => d.Validate());

    private List<string> Validate()
    {
        var errors = new List<string>();
        if (Type != "ranking") errors.Add($"Pole type musi mieć wartość 'ranking', jest '{Type}'.");
        if (WindowYears < 1) errors.Add($"Okno musi mieć co najmniej 1 rok, ma {WindowYears}.");
        foreach (var e in Editions)
            if (e.FirstYear != e.Edition - WindowYears || e.LastYear != e.Edition - 1)
                errors.Add($"Edycja {e.Edition} musi obejmować lata {e.Edition - WindowYears}–{e.Edition - 1}, obejmuje {e.FirstYear}–{e.LastYear}.");
        if (Editions.Select(e => e.Edition).Distinct().Count() != Editions.Count) errors.Add("Edycje powtarzają się.");
        foreach (var p in CapitalParagraphPrefixes)
            if (p.Length != 3 || !p.All(char.IsAsciiDigit)) errors.Add($"Prefiks paragrafu majątkowego '{p}' musi mieć 3 cyfry.");
        foreach (var x in ExternalFundingFourthDigits)
            if (x is < 0 or > 9) errors.Add($"Czwarta cyfra paragrafu środków zewnętrznych musi być cyfrą, jest {x}.");
        foreach (var r in GreenRozdzialy)
            if (r.Length != 5 || !r.All(char.IsAsciiDigit)) errors.Add($"Zielony rozdział '{r}' musi mieć 5 cyfr.");
        if (Indicators.Count == 0) errors.Add("Ranking nie ma wskaźników.");
        if (Indicators.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count() != Indicators.Count) errors.Add("Identyfikatory wskaźników powtarzają się.");
        foreach (var i in Indicators)
        {
            if (!(i.Weight > 0)) errors.Add($"Waga wskaźnika '{i.Id}' musi być dodatnia, jest {i.Weight}.");
            if (i.Polarity is not ("+" or "-")) errors.Add($"Wskaźnik '{i.Id}': kierunek musi być '+' albo '-', jest '{i.Polarity}'.");
        }
        if (Coverage is <= 0 or > 1) errors.Add($"Próg pokrycia musi być w przedziale (0, 1], jest {Coverage}.");
        var ordered = Labels.OrderBy(l => l.FromRank).ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            if (ordered[i].FromRank < 1 || ordered[i].ToRank < ordered[i].FromRank)
                errors.Add($"Etykieta '{ordered[i].Label}' ma niepoprawny zakres miejsc {ordered[i].FromRank}–{ordered[i].ToRank}.");
            if (i > 0 && ordered[i].FromRank <= ordered[i - 1].ToRank)
                errors.Add($"Zakresy etykiet '{ordered[i - 1].Label}' i '{ordered[i].Label}' nachodzą na siebie.");
        }
        var mc = MonteCarlo;
        if (mc.Replicas < 1) errors.Add($"Liczba replik Monte Carlo musi być dodatnia, jest {mc.Replicas}.");
        if (!(mc.WeightFactorMin > 0 && mc.WeightFactorMax >= mc.WeightFactorMin))
            errors.Add($"Zakres mnożnika wag Monte Carlo {mc.WeightFactorMin}–{mc.WeightFactorMax} jest niepoprawny.");
        if (mc.ZScoreProbability is < 0 or > 1) errors.Add($"Prawdopodobieństwo normalizacji z-score musi być w [0, 1], jest {mc.ZScoreProbability}.");
        return errors;
    }
}
