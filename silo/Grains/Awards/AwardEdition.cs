using Samoocena.Questionnaires.Awards;

namespace Samoocena.Silo.Grains.Awards;

/// <summary>An award edition as others see it: the definition and where the vote stands.</summary>
[GenerateSerializer]
public sealed record AwardEdition(
    [property: Id(0)] AwardDefinition Definition,
    [property: Id(1)] bool ScoringStarted,
    [property: Id(2)] DateTimeOffset? ClosedAt);
