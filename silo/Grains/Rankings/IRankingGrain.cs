using Samoocena.Silo.Grains.Audit;

namespace Samoocena.Silo.Grains.Rankings;

/// <summary>One edition of a ranking, keyed "&lt;rankingId&gt;/&lt;edition&gt;" (<see cref="RankingCatalog.KeyOf"/>).</summary>
public interface IRankingGrain : IGrainWithStringKey
{
    /// <summary>Computes a draft from the stored budget lines; 404 unknown ranking or edition, 409 when published.</summary>
    Task<RankingStatus> ComputeAsync(string user);

    /// <summary>Freezes the draft; 409 when there is no draft or it is already published.</summary>
    Task<RankingStatus> PublishAsync(string user);

    Task<RankingStatus> GetAsync();

    Task<IReadOnlyList<AuditEntry>> AuditAsync();
}
