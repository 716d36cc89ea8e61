using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Api.Security;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Features.Auth;

/// <summary>
/// <c>POST /api/auth/password</c> {oldPassword, newPassword} → 204. Ends the user's other sessions and tokens (new
/// stamp); a cookie session continues with the new stamp, a bearer caller asks for a new token.
/// </summary>
public sealed class ChangePassword : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/password", Handle).WithTags("Auth");

    public sealed record Request(string? OldPassword, string? NewPassword);

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Request request, ClaimsPrincipal user, HttpContext http, IGrainFactory grains, WebSessions sessions)
    {
        if (string.IsNullOrEmpty(request.OldPassword))
            return ProblemResponses.Validation("oldPassword", "Podaj obecne hasło.");
        if (PasswordRules.Check(user.Login(), request.NewPassword) is { } weak)
            return ProblemResponses.Validation("newPassword", weak);
        if (request.NewPassword == request.OldPassword)
            return ProblemResponses.Validation("newPassword", "Nowe hasło musi się różnić od obecnego.");
        var changed = await grains.GetGrain<IUserGrain>(user.Login()).ChangePasswordAsync(request.OldPassword, request.NewPassword!);
        if (changed is null) return ProblemResponses.Validation("oldPassword", "Obecne hasło jest nieprawidłowe.");
        await sessions.RenewAsync(http, changed);
        return TypedResults.NoContent();
    }
}
