using System.Security.Claims;
using Samoocena.Api.Auth;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Errors;
using Samoocena.Silo.Grains.UserDirectory;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Security;

/// <summary>The admin's user list, changes and password resets (api.md Resources), each audited.</summary>
public sealed class UserAdministration(IGrainFactory grains, MunicipalityRegistry registry)
{
    /// <summary>One row of <c>GET /api/users</c>.</summary>
    public sealed record UserRow(string Login, string Role, string? Teryt, string? DisplayName, bool Locked,
        DateTimeOffset? LastSignIn, bool MustChangePassword, DateTimeOffset? LockedOutUntil);

    /// <summary>The body of <c>PUT /api/users/{login}</c>: null keeps a field; an empty teryt or display name clears it.</summary>
    public sealed record Change(string? Role, string? Teryt, string? DisplayName, bool? Locked);

    public async Task<IReadOnlyList<UserRow>> ListAsync()
    {
        var logins = await grains.GetGrain<IUserDirectoryGrain>("all").ListAsync();
        var users = await Task.WhenAll(logins.Select(l => grains.GetGrain<IUserGrain>(l).GetSecurityAsync()));
        return [.. users.OfType<UserSecurity>().Select(Row)];
    }

    /// <summary>Applies a change; a 422 <see cref="ValidationException"/> per field, 404 for an unknown login.</summary>
    public async Task<UserRow> ChangeAsync(ClaimsPrincipal admin, string login, Change change)
    {
        login = login.ToLowerInvariant();
        var grain = grains.GetGrain<IUserGrain>(login);
        var before = await grain.GetSecurityAsync() ?? throw new NotFoundException($"Nie ma użytkownika '{login}'.");
        var role = change.Role ?? before.Account.Role;
        var clearTeryt = change.Teryt == "" || (change.Teryt is null && role is Roles.Admin or Roles.Coordinator);
        var teryt = clearTeryt ? null : change.Teryt ?? before.Account.Teryt;
        var errors = new Dictionary<string, string[]>();
        if (!Roles.All.Contains(role))
            errors["role"] = [$"Nieznana rola '{role}'. Dozwolone: {string.Join(", ", Roles.All)}."];
        else if (login == admin.Login() && role != before.Account.Role)
            errors["role"] = ["Nie możesz zmienić własnej roli."];
        if (teryt is not null && !registry.Contains(teryt))
            errors["teryt"] = [$"Nieznany kod TERYT gminy '{teryt}'."];
        else if (role == Roles.Jst && teryt is null)
            errors["teryt"] = ["Użytkownik JST musi mieć kod TERYT swojej gminy."];
        else if (role is Roles.Admin or Roles.Coordinator && teryt is not null)
            errors["teryt"] = ["Kod TERYT podaje się tylko dla ról jst i jury."];
        if (change.DisplayName is { Length: > 200 })
            errors["displayName"] = ["Nazwa wyświetlana może mieć najwyżej 200 znaków."];
        if (change.Locked == true && login == admin.Login())
            errors["locked"] = ["Nie możesz zablokować własnego konta."];
        if (errors.Count > 0) throw new ValidationException("Nie można zmienić użytkownika: popraw wskazane pola.", errors);

        var after = await grain.ChangeAsync(new UserChange(role, teryt, clearTeryt,
            change.DisplayName is { Length: > 0 } name ? name.Trim() : null, change.DisplayName == "", change.Locked));
        var changes = Describe(before.Account, after.Account);
        if (changes.Length > 0) await grains.RecordAdminActionAsync(admin, "user.changed", login, changes);
        if (after.Locked != before.Locked || (change.Locked == false && before.LockedUntil is not null))
            await grains.RecordAdminActionAsync(admin, after.Locked ? "user.locked" : "user.unlocked", login);
        return Row(after);
    }

    /// <summary>A new temporary password; the user must change it at the next sign-in; sessions and tokens end.</summary>
    public async Task<string> ResetPasswordAsync(ClaimsPrincipal admin, string login)
    {
        login = login.ToLowerInvariant();
        var grain = grains.GetGrain<IUserGrain>(login);
        if (await grain.GetAsync() is null) throw new NotFoundException($"Nie ma użytkownika '{login}'.");
        var temporary = PasswordRules.Temporary();
        await grain.ResetPasswordAsync(temporary);
        await grains.RecordAdminActionAsync(admin, "user.reset", login, "hasło tymczasowe, wymagana zmiana przy logowaniu");
        return temporary;
    }

    private static string Describe(UserAccount before, UserAccount after)
    {
        var parts = new List<string>();
        if (before.Role != after.Role) parts.Add($"rola: {before.Role} → {after.Role}");
        if (before.Teryt != after.Teryt) parts.Add($"gmina: {before.Teryt ?? "brak"} → {after.Teryt ?? "brak"}");
        if (before.DisplayName != after.DisplayName) parts.Add($"nazwa: {before.DisplayName ?? "brak"} → {after.DisplayName ?? "brak"}");
        return string.Join("; ", parts);
    }

    private static UserRow Row(UserSecurity u) =>
        new(u.Account.Login, u.Account.Role, u.Account.Teryt, u.Account.DisplayName, u.Locked, u.LastSignIn, u.MustChangePassword, u.LockedUntil);
}
