namespace Samoocena.Silo.Grains.UserDirectory;

[GrainType("UserDirectoryGrain")]
public sealed class UserDirectoryGrain([PersistentState("userDirectory")] IPersistentState<UserDirectoryState> state)
    : Grain, IUserDirectoryGrain
{
    async Task IUserDirectoryGrain.AddAsync(string login)
    {
        var at = state.State.Logins.BinarySearch(login, StringComparer.Ordinal);
        if (at >= 0) return;
        state.State.Logins.Insert(~at, login);
        await state.WriteStateAsync();
    }

    Task<IReadOnlyList<string>> IUserDirectoryGrain.ListAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Logins]);
}
