using Microsoft.AspNetCore.Identity;
using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Silo.Grains.Users;

[GrainType("UserGrain")]
public sealed class UserGrain(
    [PersistentState("user")] IPersistentState<UserState> state,
    TimeProvider time) : Grain, IUserGrain
{
    internal const int MaxFailedAttempts = 5;
    internal static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(5);
    private static readonly PasswordHasher<string> Hasher = new();

    Task<UserAccount?> IUserGrain.GetAsync() => Task.FromResult(state.State.Account);

    async Task<UserAccount> IUserGrain.CreateAsync(UserAccount account, string password)
    {
        if (state.State.Account is not null)
            throw new ConflictException($"Użytkownik '{account.Login}' już istnieje.");
        state.State.Account = account;
        state.State.PasswordHash = Hasher.HashPassword(account.Login, password);
        await state.WriteStateAsync();
        return account;
    }

    async Task IUserGrain.SetPasswordAsync(string password)
    {
        if (state.State.Account is null) throw new NotFoundException($"Nie ma użytkownika '{this.GetPrimaryKeyString()}'.");
        state.State.PasswordHash = Hasher.HashPassword(state.State.Account.Login, password);
        state.State.FailedAttempts = 0;
        state.State.LockedUntil = null;
        await state.WriteStateAsync();
    }

    async Task<UserAccount?> IUserGrain.SignInAsync(string password)
    {
        var account = state.State.Account;
        if (account is null)
        {
            // Same cost as a real check, so response times do not reveal which logins exist.
            Hasher.VerifyHashedPassword("", DummyHash, password);
            return null;
        }
        var now = time.GetUtcNow();
        if (state.State.LockedUntil is { } until && until > now)
            throw new TooManyAttemptsException(
                $"Zbyt wiele nieudanych prób logowania. Spróbuj ponownie po {until:HH:mm:ss} UTC.", until - now);
        var result = Hasher.VerifyHashedPassword(account.Login, state.State.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            state.State.FailedAttempts++;
            if (state.State.FailedAttempts >= MaxFailedAttempts)
            {
                state.State.FailedAttempts = 0;
                state.State.LockedUntil = now + LockoutDuration;
            }
            await state.WriteStateAsync();
            return null;
        }
        if (state.State.FailedAttempts != 0 || state.State.LockedUntil is not null || result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            state.State.FailedAttempts = 0;
            state.State.LockedUntil = null;
            if (result == PasswordVerificationResult.SuccessRehashNeeded)
                state.State.PasswordHash = Hasher.HashPassword(account.Login, password);
            await state.WriteStateAsync();
        }
        return account;
    }

    private static readonly string DummyHash = Hasher.HashPassword("", Guid.NewGuid().ToString());
}
