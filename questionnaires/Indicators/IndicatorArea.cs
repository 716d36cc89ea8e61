namespace Samoocena.Questionnaires.Indicators;

/// <summary>One of the nine SMUP service areas, or the JST finances.</summary>
public sealed record IndicatorArea(string Id, string Name);
