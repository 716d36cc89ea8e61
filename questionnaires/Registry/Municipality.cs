namespace Samoocena.Questionnaires.Registry;

/// <summary>A gmina from the GUS register with the attributes of methodology §1.</summary>
public sealed record Municipality(
    string Teryt,
    string Name,
    string Kind,
    string Powiat,
    string Voivodeship,
    double AreaKm2,
    int? Population,
    double? Density,
    double? UrbanisationPct,
    string Category,
    string PopulationClass)
{
    /// <summary>Two-digit voivodeship code (WW of WWPPGGR).</summary>
    public string VoivodeshipCode => Teryt[..2];

    /// <summary>Four-digit powiat code (WWPP).</summary>
    public string PowiatCode => Teryt[..4];
}
