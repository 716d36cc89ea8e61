using System.Security.Cryptography;


namespace Samoocena.Silo.Grains.Secrets;

[GrainType("SecretGrain")]
public sealed class SecretGrain([PersistentState("secret")] IPersistentState<SecretState> state) : Grain, ISecretGrain
{
    async Task<byte[]> ISecretGrain.GetOrCreateAsync()
    {
        if (state.State.Base64 is null)
        {
            state.State.Base64 = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            try
            {
                await state.WriteStateAsync();
            }
            catch (InconsistentStateException)
            {
                // Another node created it first: use theirs.
                await state.ReadStateAsync();
            }
        }
        return Convert.FromBase64String(state.State.Base64!);
    }

    Task<byte[]?> ISecretGrain.GetAsync() =>
        Task.FromResult(state.State.Base64 is { } key ? Convert.FromBase64String(key) : null);
}
