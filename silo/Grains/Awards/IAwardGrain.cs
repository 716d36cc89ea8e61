using Samoocena.Questionnaires.Awards;

namespace Samoocena.Silo.Grains.Awards;

/// <summary>
/// One award edition (methodology §6), keyed by award id: its definition, the jurors' score sheets,
/// the results frozen at the close and the audit trail.
/// </summary>
public interface IAwardGrain : IGrainWithStringKey
{
    /// <summary>The edition, or null when it was never defined.</summary>
    Task<AwardEdition?> GetAsync();

    /// <summary>
    /// Defines or replaces the edition. Before the first score anything may change; after it only the title,
    /// category names and added jurors (409 otherwise); after the close nothing (409). 422 for an inconsistent definition.
    /// </summary>
    Task<AwardEdition> DefineAsync(AwardDefinition definition, string user);

    /// <summary>
    /// Merges <paramref name="scores"/> (criterion id → 0–10, null clears) into the juror's sheet for the nominee and
    /// returns the sheet. 403 when the login is not a juror of this edition or has a conflict of interest with the nominee,
    /// 404 unknown nominee, 422 unknown criterion or out of range (field <c>scores.&lt;criterionId&gt;</c>), 409 after the close.
    /// </summary>
    Task<JurorSheet> ScoreAsync(string juror, string nomineeId, IReadOnlyDictionary<string, int?> scores);

    /// <summary>The juror's own sheets (only theirs: scores stay secret until the close). 403 when not a juror.</summary>
    Task<IReadOnlyList<JurorSheet>> SheetsOfAsync(string juror);

    /// <summary>Who has scored what, per juror and nominee, without any score value.</summary>
    Task<AwardProgress> GetProgressAsync();

    /// <summary>Closes the vote: computes and freezes the results. 409 when already closed.</summary>
    Task<AwardClosure> CloseAsync(string user);

    /// <summary>The frozen results; 403 before the close (they are secret until then).</summary>
    Task<AwardClosure> GetResultsAsync();

    /// <summary>The audit trail (score values hidden until the close) and, after the close, every juror's sheets.</summary>
    Task<AwardAudit> GetAuditAsync();
}
