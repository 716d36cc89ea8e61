using Samoocena.Silo.Grains.Audit;
using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Silo.Grains.Cohorts;

[GrainType("CohortGrain")]
public sealed class CohortGrain(
    [PersistentState("cohort")] IPersistentState<CohortState> state,
    TimeProvider time) : Grain, ICohortGrain
{
    Task<Cohort?> ICohortGrain.GetAsync() => Task.FromResult(state.State.Cohort);

    Task<IReadOnlyList<string>?> ICohortGrain.GetMembersAsync() => Task.FromResult(state.State.Cohort?.Members);

    async Task<CohortSaved> ICohortGrain.PutAsync(string name, IReadOnlyList<string> members, string user)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ValidationException("name", "Nazwa kohorty nie może być pusta.");
        var before = state.State.Cohort;
        var sorted = members.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var cohort = new Cohort(this.GetPrimaryKeyString(), name.Trim(), sorted, time.GetUtcNow(), user);
        state.State.Cohort = cohort;
        state.State.Audit.Add(new AuditEntry(cohort.UpdatedAt, user, before is null ? "cohort.create" : "cohort.update", cohort.Id,
            before is null ? null : Describe(before), Describe(cohort)));
        await state.WriteStateAsync();
        // Idempotent: a save that failed after the write above lists the cohort on the next save or at start.
        await GrainFactory.GetGrain<ICohortDirectoryGrain>(CohortDirectoryGrain.Key).AddAsync(cohort.Id);
        return new CohortSaved(cohort, before is null);
    }

    private static string Describe(Cohort c) => $"{c.Name}: {string.Join(",", c.Members)}";
}
