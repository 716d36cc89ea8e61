using Samoocena.Questionnaires.Rankings;

namespace Samoocena.Silo.Grains.Budget;

/// <summary>
/// The executed-expenditure lines of one gmina in one year, stored compactly: lines with the same rozdział and
/// paragraf are summed (dział is the rozdział's first 3 digits, checked on import), kept as three parallel
/// arrays sorted by (rozdział, paragraf). Every rule of the method is a rule over rozdział and paragraf, so
/// G1..G5 can be recomputed from this for any green-rozdział list, paragraph rule or weights.
/// </summary>
/// <param name="SourceLines">How many lines of the imported file made up this unit-year (before summing).</param>
/// <param name="Synthetic">True for the demo generator's synthetic lines, never for a coordinator's import.</param>
[GenerateSerializer, Immutable]
public sealed record BudgetUnitYear(
    [property: Id(0)] string Teryt,
    [property: Id(1)] int Year,
    [property: Id(2)] int[] Rozdzialy,
    [property: Id(3)] int[] Paragrafy,
    [property: Id(4)] long[] Grosze,
    [property: Id(5)] int SourceLines,
    [property: Id(6)] bool Synthetic = false)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string Key => KeyOf(Teryt, Year);

    public static string KeyOf(string teryt, int year) => $"{teryt}/{year}";

    /// <summary>Sums the lines (all of <paramref name="teryt"/> and <paramref name="year"/>) per (rozdział, paragraf).</summary>
    public static BudgetUnitYear From(string teryt, int year, IEnumerable<BudgetLine> lines, bool synthetic = false)
    {
        var sums = new SortedDictionary<(int Rozdzial, int Paragraf), long>();
        var count = 0;
        foreach (var line in lines)
        {
            count++;
            sums[(line.Rozdzial, line.Paragraf)] = checked(sums.GetValueOrDefault((line.Rozdzial, line.Paragraf)) + line.Grosze);
        }
        return new BudgetUnitYear(teryt, year,
            sums.Keys.Select(k => k.Rozdzial).ToArray(),
            sums.Keys.Select(k => k.Paragraf).ToArray(),
            sums.Values.ToArray(), count, synthetic);
    }

    /// <summary>The stored lines back as <see cref="BudgetLine"/>s (dział derived from the rozdział).</summary>
    public void AppendTo(List<BudgetLine> output)
    {
        var teryt = BudgetLine.TerytNumber(Teryt);
        for (var i = 0; i < Rozdzialy.Length; i++)
            output.Add(new BudgetLine(teryt, Year, Rozdzialy[i] / 100, Rozdzialy[i], Paragrafy[i], Grosze[i]));
    }
}
