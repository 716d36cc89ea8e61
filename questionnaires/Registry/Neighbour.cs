namespace Samoocena.Questionnaires.Registry;

/// <summary>A unit close to another in context: its TERYT and the weighted z-score distance (unrounded).</summary>
public readonly record struct Neighbour(string Teryt, double Distance);
