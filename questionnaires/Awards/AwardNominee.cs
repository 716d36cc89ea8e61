namespace Samoocena.Questionnaires.Awards;

/// <summary>A nominee: a municipality or a named entry (a mayor, a profile) with its TERYT, in one category.</summary>
public sealed record AwardNominee(string Id, string Category, string? Teryt, string Name);
