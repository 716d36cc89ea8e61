namespace Samoocena.Questionnaires.Indicators;

/// <summary>An indicator of an <see cref="AreaIndex"/> with its weight.</summary>
public sealed record IndexComponent(string Indicator, double Weight);
