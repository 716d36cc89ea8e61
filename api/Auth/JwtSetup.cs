using Microsoft.AspNetCore.Authentication.JwtBearer;
using Samoocena.Api.Problems;

namespace Samoocena.Api.Auth;

/// <summary>JwtBearer wired to <see cref="TokenService"/>, answering 401/403 as problem details in Polish.</summary>
public static class JwtSetup
{
    public const string SchemeName = JwtBearerDefaults.AuthenticationScheme;

    public static void AddSamoocenaJwt(this IServiceCollection services)
    {
        services.AddSingleton<SigningKeyRing>();
        services.AddSingleton<TokenService>();
        services.AddSingleton<ValidatedTokenCache>();
        // The default scheme (Security/SamoocenaSecurity); it forwards cookie requests to the cookie scheme.
        services.AddAuthentication().AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(SchemeName).Configure<TokenService, SigningKeyRing, ValidatedTokenCache>((o, tokens, keys, cache) =>
        {
            o.MapInboundClaims = false;
            // Nothing reads the token back from the authentication properties (GetTokenAsync): not stored per request.
            o.SaveToken = false;
            // The cookie of the web pages, when sent without a bearer token, is the cookie scheme's (Security/SessionCookie).
            o.ForwardDefaultSelector = Security.SessionCookie.ForwardFromBearer;
            o.TokenValidationParameters = tokens.Parameters();
            o.TokenHandlers.Clear();
            o.TokenHandlers.Add(cache);
            o.Events = new JwtBearerEvents
            {
                // Another node rotated the key: learn the new generation once and accept the token.
                OnAuthenticationFailed = async context =>
                {
                    if (context.Exception is not Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException) return;
                    var header = context.Request.Headers.Authorization.ToString();
                    if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return;
                    var token = header["Bearer ".Length..].Trim();
                    if (!keys.IsUnknown(TokenService.KeyIdOf(token))) return;
                    await keys.RefreshAsync();
                    if (await tokens.ValidateAsync(token) is { } principal)
                    {
                        context.Principal = principal;
                        context.Success();
                    }
                },
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    var failed = context.AuthenticateFailure is not null || !string.IsNullOrEmpty(context.Request.Headers.Authorization);
                    context.Response.Headers.WWWAuthenticate = "Bearer";
                    await ProblemResponses.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized,
                        failed ? "Token jest nieprawidłowy lub wygasł. Zaloguj się ponownie (POST /api/auth/token)."
                               : "Wymagane uwierzytelnienie: wyślij nagłówek Authorization: Bearer <token> (POST /api/auth/token).");
                },
                OnForbidden = context =>
                    ProblemResponses.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Twoja rola nie pozwala na tę operację."),
            };
        });
    }
}
