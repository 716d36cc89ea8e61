namespace Samoocena.Silo.Grains.Sessions;

[GrainType("WebSessionGrain")]
public sealed class WebSessionGrain([PersistentState("webSession")] IPersistentState<WebSessionState> state, TimeProvider time)
    : Grain, IWebSessionGrain
{
    async Task IWebSessionGrain.StartAsync(string login, DateTimeOffset expiresAt)
    {
        state.State.Login = login;
        state.State.ExpiresAt = expiresAt;
        await state.WriteStateAsync();
    }

    Task<bool> IWebSessionGrain.IsActiveAsync(string login) =>
        Task.FromResult(state.State.Login == login && state.State.ExpiresAt > time.GetUtcNow());

    async Task IWebSessionGrain.EndAsync()
    {
        if (state.State.Login is null) return;
        await state.ClearStateAsync();
        state.State = new WebSessionState();
    }
}
