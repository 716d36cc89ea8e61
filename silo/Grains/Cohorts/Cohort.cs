namespace Samoocena.Silo.Grains.Cohorts;

/// <summary>A cohort: id, name, members' TERYT codes ascending, and who changed it last.</summary>
[GenerateSerializer]
public sealed record Cohort(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<string> Members,
    [property: Id(3)] DateTimeOffset UpdatedAt,
    [property: Id(4)] string UpdatedBy);
