namespace Samoocena.Api.Security;

/// <summary>Claims the security checks read; bearer tokens and the session cookie both carry <see cref="Stamp"/>.</summary>
public static class SecurityClaims
{
    /// <summary>The user's security stamp when the token or cookie was issued.</summary>
    public const string Stamp = "stamp";

    /// <summary>The web session id (cookie only).</summary>
    public const string SessionId = "sid";

    /// <summary>The anti-forgery value of the web session (cookie only), sent back as <c>X-CSRF-Token</c>.</summary>
    public const string Antiforgery = "csrf";

    /// <summary>Added on each request while an admin reset is not followed by a change.</summary>
    public const string MustChangePassword = "must_change_password";

    /// <summary>Marks a principal whose stamp was checked in this request.</summary>
    internal const string Checked = "samoocena_checked";
}
