using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Users.ResetPassword;

/// <summary>
/// <c>POST /api/users/{login}/reset-password</c> (admin): a temporary password → <c>{temporaryPassword,
/// mustChangePassword: true}</c>; the user must change it at the next sign-in; their sessions and tokens end; audited.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Ok<Response>>
{
    public override void Configure()
    {
        Post("{login}/reset-password");
        Group<UsersGroup>();
    }

    public override async Task<Ok<Response>> ExecuteAsync(Request request, CancellationToken ct) =>
        TypedResults.Ok(new Response(await Resolve<UserAdministration>().ResetPasswordAsync(User, request.Login), true));
}

/// <summary>The user whose password is reset (route).</summary>
public sealed record Request
{
    public string Login { get; init; } = "";
}

/// <summary>The one-time password to hand over, and that it must be changed.</summary>
public sealed record Response(string TemporaryPassword, bool MustChangePassword);
