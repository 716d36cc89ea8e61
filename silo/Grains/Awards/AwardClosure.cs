using Samoocena.Questionnaires.Awards;

namespace Samoocena.Silo.Grains.Awards;

/// <summary>The results frozen when the vote closed (unrounded scores; round for display).</summary>
/// <param name="MethodVersion">The methodology version the places were decided under ("1.1"); null in a closure stored
/// before versions were recorded (1.0: places on scores rounded to 4 decimals).</param>
[GenerateSerializer]
public sealed record AwardClosure(
    [property: Id(0)] DateTimeOffset ClosedAt,
    [property: Id(1)] string ClosedBy,
    [property: Id(2)] int DefinitionVersion,
    [property: Id(3)] IReadOnlyList<AwardCategoryResult> Results,
    [property: Id(4)] string? MethodVersion = null);
