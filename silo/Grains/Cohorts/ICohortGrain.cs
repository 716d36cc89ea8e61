namespace Samoocena.Silo.Grains.Cohorts;

/// <summary>
/// A coordinator-defined set of municipalities (e.g. the towns of one programme), keyed by cohort id.
/// Used as a peer group (<c>peers=cohort:&lt;id&gt;</c>) and for the cohort progress views.
/// </summary>
public interface ICohortGrain : IGrainWithStringKey
{
    /// <summary>The cohort, or null when it was never defined.</summary>
    Task<Cohort?> GetAsync();

    /// <summary>The members' TERYT codes (ascending), or null for an unknown cohort.</summary>
    Task<IReadOnlyList<string>?> GetMembersAsync();

    /// <summary>
    /// Creates or replaces the cohort (members validated by the caller) and audits the change;
    /// <c>Created</c> is true when the cohort did not exist before.
    /// </summary>
    Task<CohortSaved> PutAsync(string name, IReadOnlyList<string> members, string user);
}
