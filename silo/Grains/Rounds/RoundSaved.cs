namespace Samoocena.Silo.Grains.Rounds;

/// <summary>The answer to opening (or changing) a round: the round as stored and whether it is new.</summary>
[GenerateSerializer, Immutable]
public sealed record RoundSaved([property: Id(0)] AssessmentRound Round, [property: Id(1)] bool Created);
