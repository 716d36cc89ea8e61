namespace Samoocena.Silo.Grains.AwardDirectory;

/// <summary>
/// The ids of every defined award edition (key <c>all</c>), so <c>GET /api/awards</c> can list them. An award grain adds
/// its id when it is defined and when it is activated with a stored definition (editions stored before the directory).
/// </summary>
public interface IAwardDirectoryGrain : IGrainWithStringKey
{
    Task AddAsync(string awardId);

    /// <summary>Every award id, in ordinal order.</summary>
    Task<IReadOnlyList<string>> ListAsync();
}
