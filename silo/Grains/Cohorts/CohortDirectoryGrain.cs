namespace Samoocena.Silo.Grains.Cohorts;

[GrainType("CohortDirectoryGrain")]
public sealed class CohortDirectoryGrain([PersistentState("cohortDirectory")] IPersistentState<CohortDirectoryState> state)
    : Grain, ICohortDirectoryGrain
{
    public const string Key = "all";

    async Task ICohortDirectoryGrain.AddAsync(string cohortId)
    {
        var at = state.State.Ids.BinarySearch(cohortId, StringComparer.Ordinal);
        if (at >= 0) return;
        state.State.Ids.Insert(~at, cohortId);
        await state.WriteStateAsync();
    }

    Task<IReadOnlyList<string>> ICohortDirectoryGrain.ListAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Ids]);
}
