using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Api.Security;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Features.Auth.ChangePassword;

/// <summary>
/// <c>POST /api/auth/password</c> <c>{oldPassword, newPassword}</c> (signed in, also while a change is forced): sets a
/// new password (rules in <see cref="PasswordRules"/>) → 204; the session continues with the new stamp.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<NoContent, ProblemHttpResult>>
{
    public override void Configure()
    {
        Post("password");
        Group<AuthGroup>();
    }

    public override async Task<Results<NoContent, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct)
    {
        if (PasswordRules.Check(User.Login(), request.NewPassword) is { } weak)
            return ProblemResponses.Validation("newPassword", weak);
        if (request.NewPassword == request.OldPassword)
            return ProblemResponses.Validation("newPassword", "Nowe hasło musi się różnić od obecnego.");
        var changed = await Resolve<IGrainFactory>().GetGrain<IUserGrain>(User.Login()).ChangePasswordAsync(request.OldPassword!, request.NewPassword!);
        if (changed is null) return ProblemResponses.Validation("oldPassword", "Obecne hasło jest nieprawidłowe.");
        await Resolve<WebSessions>().RenewAsync(HttpContext, changed);
        return TypedResults.NoContent();
    }
}
