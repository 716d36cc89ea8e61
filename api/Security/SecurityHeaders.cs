namespace Samoocena.Api.Security;

/// <summary>Adds the security headers of api.md to every response, pages, API and errors alike.</summary>
public sealed class SecurityHeaders(RequestDelegate next, SecuritySettings settings)
{
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy.For(context.Request.Path);
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers.XFrameOptions = "DENY";
            if (context.Request.IsHttps && settings.HstsMaxAgeSeconds > 0)
                headers.StrictTransportSecurity = $"max-age={settings.HstsMaxAgeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}; includeSubDomains";
            headers.Remove("Server");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
