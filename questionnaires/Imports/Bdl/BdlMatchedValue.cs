namespace Samoocena.Questionnaires.Imports.Bdl;

/// <summary>A plain value (attrId 1) of a matched gmina, with where it came from.</summary>
public sealed record BdlMatchedValue(string Teryt, int Year, double Value, string File, int Index);
