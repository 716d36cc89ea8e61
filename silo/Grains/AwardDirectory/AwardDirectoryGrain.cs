namespace Samoocena.Silo.Grains.AwardDirectory;

[GrainType("AwardDirectoryGrain")]
public sealed class AwardDirectoryGrain([PersistentState("awardDirectory")] IPersistentState<AwardDirectoryState> state)
    : Grain, IAwardDirectoryGrain
{
    /// <summary>The one directory's key.</summary>
    public const string Key = "all";

    async Task IAwardDirectoryGrain.AddAsync(string awardId)
    {
        var at = state.State.AwardIds.BinarySearch(awardId, StringComparer.Ordinal);
        if (at >= 0) return;
        state.State.AwardIds.Insert(~at, awardId);
        await state.WriteStateAsync();
    }

    Task<IReadOnlyList<string>> IAwardDirectoryGrain.ListAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.AwardIds]);
}
