using Samoocena.Silo.Grains.Audit;

namespace Samoocena.Silo.Grains.Assessments;

/// <summary>
/// A sealed page of an assessment's audit trail, keyed <c>&lt;assessment key&gt;/&lt;page&gt;</c>, or of an award
/// edition's, keyed <c>award:&lt;award id&gt;/&lt;page&gt;</c> (no questionnaire id contains a colon).
/// Pages keep the assessment's own state small, so that saving an answer writes a bounded amount of data
/// however long the history grows.
/// </summary>
public interface IAssessmentAuditPageGrain : IGrainWithStringKey
{
    /// <summary>Stores the page (overwriting: a retried seal writes the same page again).</summary>
    Task StoreAsync(IReadOnlyList<AuditEntry> entries);

    Task<IReadOnlyList<AuditEntry>> GetAsync();
}
