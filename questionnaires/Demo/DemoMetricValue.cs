namespace Samoocena.Questionnaires.Demo;

/// <summary>A synthetic metric value (teryt, year, indicator id, value) of the demo data set.</summary>
public readonly record struct DemoMetricValue(string Teryt, int Year, string IndicatorId, double Value);
