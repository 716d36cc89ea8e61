using Samoocena.Questionnaires.Indicators;

namespace Samoocena.Api.Features.Indicators;

/// <summary>An indicator of the catalogue as api.md lists it, with the GUS BDL variable ids it comes from (often none).</summary>
public sealed record IndicatorResponse(
    string Id, string Name, string Unit, string Polarity, string Area, string Service, string Dimension, bool Context,
    string? Description, IReadOnlyList<int> BdlVariable)
{
    public static IndicatorResponse From(Indicator i) =>
        new(i.Id, i.Name, i.Unit, i.Polarity, i.Area, i.Service, i.Dimension, i.Context, i.Description, i.BdlVariables);
}
