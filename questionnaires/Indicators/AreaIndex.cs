namespace Samoocena.Questionnaires.Indicators;

/// <summary>A SMUP-style composite index of one area: its indicators and their weights (methodology §4).</summary>
public sealed record AreaIndex(string Id, string Area, string Name, IReadOnlyList<IndexComponent> Components);
