using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.RateLimiting;
using Samoocena.Api.Auth;
using Samoocena.Api.Hosting;

namespace Samoocena.Api.Security;

/// <summary>
/// The security wiring in one pair: authentication (bearer for programs, the session cookie for pages, chosen per
/// request), the per-user stamp check, anti-forgery and forced-password-change guards, rate limits, security headers,
/// the cluster's Data Protection key ring and Kestrel without a Server banner.
/// </summary>
public static class SamoocenaSecurity
{
    public static void AddSamoocenaSecurity(this WebApplicationBuilder builder, SamoocenaSettings settings)
    {
        var services = builder.Services;
        var security = SecuritySettings.From(builder.Configuration);
        services.AddSingleton(security);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);

        services.AddDataProtection().SetApplicationName("samoocena");
        services.AddOptions<KeyManagementOptions>().Configure<IGrainFactory>((o, grains) => o.XmlRepository = new GrainXmlRepository(grains));

        // Bearer is the default scheme and hands cookie requests on itself (SessionCookie.ForwardFromBearer, Auth/JwtSetup).
        services.AddAuthentication(Auth.JwtSetup.SchemeName)
            .AddCookie(SessionCookie.SchemeName, o => SessionCookie.Configure(o, settings.TokenLifetime));
        // Stateless (its facts come from the node's cache): one instance, not one built for every request.
        services.AddSingleton<IClaimsTransformation, SecurityStampCheck>();

        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<PasswordSignIn>();
        services.AddSingleton<WebSessions>();
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<AbuseLimits>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<AbuseLimits>((o, limits) =>
        {
            o.GlobalLimiter = limits;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = AbuseLimits.RejectAsync;
        });
    }

    /// <summary>Call before the static files, so pages get the headers too; it also authenticates.</summary>
    public static void UseSamoocenaSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseAuthentication();
        app.UseMiddleware<RequestGuards>();
        app.UseRateLimiter();
    }
}
