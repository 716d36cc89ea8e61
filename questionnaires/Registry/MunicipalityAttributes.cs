namespace Samoocena.Questionnaires.Registry;

/// <summary>Category and population class of methodology §1.</summary>
public static class MunicipalityAttributes
{
    public static readonly IReadOnlyList<string> Categories = ["MNPP", "GM", "GMW", "GW"];

    /// <summary>Category from the TERYT type digit R and the powiat code.</summary>
    public static string Category(string teryt)
    {
        if (teryt.Length != 7) throw new ArgumentException($"Kod TERYT musi mieć 7 cyfr: '{teryt}'.", nameof(teryt));
        var powiat = int.Parse(teryt.AsSpan(2, 2), System.Globalization.CultureInfo.InvariantCulture);
        return teryt[6] switch
        {
            '1' => powiat >= 61 ? "MNPP" : "GM",
            '3' => "GMW",
            '2' => "GW",
            _ => throw new ArgumentException($"Kod TERYT '{teryt}' nie oznacza gminy (rodzaj {teryt[6]}).", nameof(teryt)),
        };
    }

    /// <summary>Population class P1..P7, or P? when the population is unknown.</summary>
    public static string PopulationClass(int? population) => population switch
    {
        null => "P?",
        < 5_000 => "P1",
        < 10_000 => "P2",
        < 20_000 => "P3",
        < 50_000 => "P4",
        < 100_000 => "P5",
        < 200_000 => "P6",
        _ => "P7",
    };
}
