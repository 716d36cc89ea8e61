namespace Samoocena.Silo.Grains.Cohorts;

/// <summary>Stored ids of the cohort directory, in ordinal order.</summary>
[GenerateSerializer]
public sealed class CohortDirectoryState
{
    [Id(0)] public List<string> Ids { get; set; } = [];
}
