namespace Samoocena.Api.Security;

/// <summary>
/// The Content-Security-Policy of every response. Our pages and maps need nothing inline; the only relaxations are
/// the third-party UIs listed in <see cref="Relaxations"/>, each under its own path.
/// </summary>
public static class ContentSecurityPolicy
{
    public const string Strict = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>The API reference page (Scalar, <c>/scalar</c>) starts with an inline module script and injects styles.</summary>
    public const string ApiReferencePath = Hosting.OpenApiSetup.ReferencePage;

    /// <summary>The Orleans Dashboard (when mapped) inlines styles and scripts and draws charts from data: URLs.</summary>
    public const string OrleansDashboardPath = "/dashboard";

    /// <summary>The one place where a path gets a weaker policy; framing and base-uri stay closed everywhere.</summary>
    public static readonly IReadOnlyDictionary<string, string> Relaxations = new Dictionary<string, string>
    {
        [ApiReferencePath] = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        [OrleansDashboardPath] = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    };

    /// <summary>The policy for a request path.</summary>
    public static string For(PathString path)
    {
        foreach (var (prefix, policy) in Relaxations)
            if (path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)) return policy;
        return Strict;
    }
}
