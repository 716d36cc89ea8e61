namespace Samoocena.Silo.Grains.DataProtection;

[GrainType("DataProtectionKeysGrain")]
public sealed class DataProtectionKeysGrain([PersistentState("dataProtectionKeys")] IPersistentState<DataProtectionKeysState> state)
    : Grain, IDataProtectionKeysGrain
{
    Task<IReadOnlyList<string>> IDataProtectionKeysGrain.GetAllAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. state.State.Keys.Values]);

    async Task IDataProtectionKeysGrain.StoreAsync(string friendlyName, string xml)
    {
        state.State.Keys[friendlyName] = xml;
        await state.WriteStateAsync();
    }
}
