namespace Samoocena.Api.Security;

/// <summary>The security settings of README's table, read from configuration or the environment; 0 turns a limit off.</summary>
public sealed record SecuritySettings(
    int FailedSignInsPerMinute,
    int ImportsPerMinute,
    int ExportsPerMinute,
    int HstsMaxAgeSeconds)
{
    public static SecuritySettings From(IConfiguration configuration)
    {
        int Get(string name, int fallback) =>
            int.TryParse(configuration[name], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) && v >= 0
                ? v : fallback;
        return new SecuritySettings(
            FailedSignInsPerMinute: Get("SAMOOCENA_SIGNIN_FAILURES_PER_MINUTE", 20),
            ImportsPerMinute: Get("SAMOOCENA_IMPORTS_PER_MINUTE", 10),
            ExportsPerMinute: Get("SAMOOCENA_EXPORTS_PER_MINUTE", 120),
            HstsMaxAgeSeconds: Get("SAMOOCENA_HSTS_SECONDS", 31_536_000));
    }
}
