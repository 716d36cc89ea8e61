using Samoocena.Questionnaires.Indicators;

namespace Samoocena.Api.Features.Indicators;

/// <summary>
/// An indicator of the catalogue as api.md lists it, with the GUS BDL variable ids it comes from (often none) and
/// the area's name for people (<c>areaName</c>, e.g. "Polityka społeczna" for <c>polityka-spoleczna</c>).
/// </summary>
public sealed record IndicatorResponse(
    string Id, string Name, string Unit, string Polarity, string Area, string Service, string Dimension, bool Context,
    string? Description, IReadOnlyList<int> BdlVariable, string AreaName)
{
    public static IndicatorResponse From(Indicator i) =>
        new(i.Id, i.Name, i.Unit, i.Polarity, i.Area, i.Service, i.Dimension, i.Context, i.Description, i.BdlVariables,
            IndicatorCatalog.Load().Areas.FirstOrDefault(a => a.Id == i.Area)?.Name ?? i.Area);
}
