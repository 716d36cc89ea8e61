using Samoocena.Silo.Grains.Audit;

namespace Samoocena.Silo.Grains.Assessments;

[GrainType("AssessmentAuditPageGrain")]
public sealed class AssessmentAuditPageGrain(
    [PersistentState("auditPage")] IPersistentState<AuditPageState> state) : Grain, IAssessmentAuditPageGrain
{
    async Task IAssessmentAuditPageGrain.StoreAsync(IReadOnlyList<AuditEntry> entries)
    {
        state.State.Entries = [.. entries];
        await state.WriteStateAsync();
        // A sealed page is read again only when someone opens the audit trail: it leaves memory once stored instead of
        // after the idle collection age (a busy assessment seals a page every 50 saves; thousands of them stayed
        // active during a load run).
        this.DeactivateOnIdle();
    }

    Task<IReadOnlyList<AuditEntry>> IAssessmentAuditPageGrain.GetAsync() =>
        Task.FromResult<IReadOnlyList<AuditEntry>>(state.State.Entries.ToArray());
}
