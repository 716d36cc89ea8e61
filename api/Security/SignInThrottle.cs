using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Api.Security;

/// <summary>
/// Failed sign-ins per client address (default 20 a minute), on top of the per-login lock-out: only failures take a
/// permit, and with none left every sign-in from that address is refused with 429 until the next refill.
/// </summary>
public sealed class SignInThrottle(SecuritySettings settings, TimeProvider time) : IDisposable
{
    private readonly ClockedTokenBuckets? _failures = settings.FailedSignInsPerMinute > 0
        ? new ClockedTokenBuckets(settings.FailedSignInsPerMinute, TimeSpan.FromMinutes(1), time)
        : null;

    /// <summary>Throws <see cref="TooManyAttemptsException"/> (429 with Retry-After) when the address used up its failures.</summary>
    public void EnsureAllowed(HttpContext context)
    {
        if (_failures is null || _failures.HasPermit(Address(context))) return;
        var seconds = (int)Math.Ceiling(_failures.RetryAfter.TotalSeconds);
        throw new TooManyAttemptsException(
            $"Zbyt wiele nieudanych logowań z tego adresu ({_failures.PermitsPerPeriod} na minutę). Spróbuj ponownie za {seconds} s.",
            _failures.RetryAfter);
    }

    public void RecordFailure(HttpContext context) => _failures?.Acquire(Address(context)).Dispose();

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public void Dispose() => _failures?.Dispose();
}
