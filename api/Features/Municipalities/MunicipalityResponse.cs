using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Features.Municipalities;

/// <summary>A municipality as api.md lists it.</summary>
public sealed record MunicipalityResponse(
    string Teryt, string Name, string Category, string Voivodeship, string Powiat, int? Population,
    double AreaKm2, string PopulationClass, string Kind, double? Density, double? UrbanisationPct)
{
    public static MunicipalityResponse From(Municipality m) => new(
        m.Teryt, m.Name, m.Category, m.Voivodeship, m.Powiat, m.Population, m.AreaKm2, m.PopulationClass,
        m.Kind, m.Density, m.UrbanisationPct);
}
