namespace Samoocena.Silo.Grains.Cohorts;

/// <summary>
/// The ids of every cohort (key <c>all</c>), so coordinators can list them. A cohort adds itself when it is saved;
/// cohorts stored before the directory existed are added at start (<c>CohortDirectoryBackfill</c>).
/// </summary>
public interface ICohortDirectoryGrain : IGrainWithStringKey
{
    Task AddAsync(string cohortId);

    /// <summary>Every cohort id, in ordinal order.</summary>
    Task<IReadOnlyList<string>> ListAsync();
}
