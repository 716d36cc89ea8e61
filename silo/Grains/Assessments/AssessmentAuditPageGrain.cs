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
    }

    Task<IReadOnlyList<AuditEntry>> IAssessmentAuditPageGrain.GetAsync() =>
        Task.FromResult<IReadOnlyList<AuditEntry>>(state.State.Entries.ToArray());
}
