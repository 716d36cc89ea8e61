using Samoocena.Questionnaires.Awards;

namespace Samoocena.Silo.Grains.Awards;

/// <summary>The results frozen when the vote closed (unrounded scores; round for display).</summary>
[GenerateSerializer]
public sealed record AwardClosure(
    [property: Id(0)] DateTimeOffset ClosedAt,
    [property: Id(1)] string ClosedBy,
    [property: Id(2)] int DefinitionVersion,
    [property: Id(3)] IReadOnlyList<AwardCategoryResult> Results);
