using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Samoocena.Silo.Grains.Errors;
using Samoocena.Silo.Grains.UserDirectory;

namespace Samoocena.Silo.Grains.Users;

[GrainType("UserGrain")]
public sealed class UserGrain(
    [PersistentState("user")] IPersistentState<UserState> state,
    TimeProvider time) : Grain, IUserGrain
{
    internal const int MaxFailedAttempts = 5;
    internal static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(5);
    private static readonly PasswordHasher<string> Hasher = new();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Users stored before the directory existed join it the first time they are used.
        if (state.State.Account is not null && !state.State.Listed) await ListAsync();
    }

    Task<UserAccount?> IUserGrain.GetAsync() => Task.FromResult(state.State.Account);

    async Task<UserAccount> IUserGrain.CreateAsync(UserAccount account, string password)
    {
        if (state.State.Account is not null)
            throw new ConflictException($"Użytkownik '{account.Login}' już istnieje.");
        state.State.Account = account;
        state.State.PasswordHash = Hasher.HashPassword(account.Login, password);
        state.State.SecurityStamp = NewStamp();
        await state.WriteStateAsync();
        await ListAsync();
        return account;
    }

    async Task IUserGrain.SetPasswordAsync(string password)
    {
        if (state.State.Account is null) throw new NotFoundException($"Nie ma użytkownika '{this.GetPrimaryKeyString()}'.");
        state.State.PasswordHash = Hasher.HashPassword(state.State.Account.Login, password);
        state.State.FailedAttempts = 0;
        state.State.LockedUntil = null;
        await state.WriteStateAsync();
        await NoticeAsync();
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
        if (!await VerifyAsync(account, password)) return null;
        if (state.State.Locked)
            throw new ForbiddenException($"Konto '{account.Login}' zostało zablokowane przez administratora.");
        state.State.LastSignIn = time.GetUtcNow();
        await state.WriteStateAsync();
        return account;
    }

    Task<UserSecurity?> IUserGrain.GetSecurityAsync() => Task.FromResult(Security());

    async Task<UserSecurity> IUserGrain.ChangeAsync(UserChange change)
    {
        var account = Existing();
        var teryt = change.ClearTeryt ? null : change.Teryt ?? account.Teryt;
        var changed = account with
        {
            Role = change.Role ?? account.Role,
            Teryt = teryt,
            DisplayName = change.ClearDisplayName ? null : change.DisplayName ?? account.DisplayName,
        };
        var endSessions = changed.Role != account.Role || changed.Teryt != account.Teryt || (change.Locked == true && !state.State.Locked);
        state.State.Account = changed;
        if (change.Locked is { } locked)
        {
            state.State.Locked = locked;
            if (!locked)
            {
                state.State.FailedAttempts = 0;
                state.State.LockedUntil = null;
            }
        }
        if (endSessions) state.State.SecurityStamp = NewStamp();
        await state.WriteStateAsync();
        await NoticeAsync();
        return Security()!;
    }

    async Task<UserSecurity> IUserGrain.ResetPasswordAsync(string temporaryPassword)
    {
        var account = Existing();
        state.State.PasswordHash = Hasher.HashPassword(account.Login, temporaryPassword);
        state.State.MustChangePassword = true;
        state.State.FailedAttempts = 0;
        state.State.LockedUntil = null;
        state.State.SecurityStamp = NewStamp();
        await state.WriteStateAsync();
        await NoticeAsync();
        return Security()!;
    }

    async Task<UserSecurity?> IUserGrain.ChangePasswordAsync(string oldPassword, string newPassword)
    {
        var account = Existing();
        if (!await VerifyAsync(account, oldPassword)) return null;
        state.State.PasswordHash = Hasher.HashPassword(account.Login, newPassword);
        state.State.MustChangePassword = false;
        state.State.SecurityStamp = NewStamp();
        await state.WriteStateAsync();
        await NoticeAsync();
        return Security();
    }

    /// <summary>Checks the password with the wrong-password lockout; writes the state when a counter changes.</summary>
    private async Task<bool> VerifyAsync(UserAccount account, string password)
    {
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
            return false;
        }
        state.State.FailedAttempts = 0;
        state.State.LockedUntil = null;
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
            state.State.PasswordHash = Hasher.HashPassword(account.Login, password);
        return true;
    }

    /// <summary>Every node's cached security facts of this user are dropped before the change answers (Caching/UserSecurityCache).</summary>
    private Task NoticeAsync() =>
        Caching.ChangeNotices.PublishAsync(GrainFactory, new Caching.ChangeNotice(Caching.ChangeNotice.User, this.GetPrimaryKeyString()));

    private UserAccount Existing() =>
        state.State.Account ?? throw new NotFoundException($"Nie ma użytkownika '{this.GetPrimaryKeyString()}'.");

    private UserSecurity? Security() => state.State.Account is { } account
        ? new UserSecurity(account, state.State.SecurityStamp, state.State.Locked, state.State.MustChangePassword,
            state.State.LastSignIn, state.State.LockedUntil)
        : null;

    private async Task ListAsync()
    {
        await GrainFactory.GetGrain<IUserDirectoryGrain>("all").AddAsync(state.State.Account!.Login);
        state.State.Listed = true;
        await state.WriteStateAsync();
    }

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private static readonly string DummyHash = Hasher.HashPassword("", Guid.NewGuid().ToString());
}
