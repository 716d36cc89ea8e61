using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Samoocena.Api.Security;

/// <summary>
/// Token buckets of <see cref="TokenBucketRateLimiter"/>, one per partition key, that refill to the full limit once a
/// period. The limiters take no clock, so auto-replenishment is off and a timer of the injected
/// <see cref="TimeProvider"/> refills them: tests move the clock and the buckets follow.
/// </summary>
public sealed class ClockedTokenBuckets : IDisposable
{
    private readonly ConcurrentDictionary<string, TokenBucketRateLimiter> _buckets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly ITimer _timer;
    private DateTimeOffset _lastRefill;

    public ClockedTokenBuckets(int permitsPerPeriod, TimeSpan period, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(permitsPerPeriod);
        PermitsPerPeriod = permitsPerPeriod;
        Period = period;
        _time = time;
        _lastRefill = time.GetUtcNow();
        _timer = time.CreateTimer(_ => Refill(), null, period, period);
    }

    public int PermitsPerPeriod { get; }

    public TimeSpan Period { get; }

    /// <summary>Takes one permit of <paramref name="key"/>; the lease says whether there was one.</summary>
    public RateLimitLease Acquire(string key) => _buckets.GetOrAdd(key, _ => NewBucket()).AttemptAcquire(1);

    /// <summary>Whether <paramref name="key"/> has a permit left, without taking it.</summary>
    public bool HasPermit(string key) =>
        !_buckets.TryGetValue(key, out var bucket) || bucket.GetStatistics()!.CurrentAvailablePermits > 0;

    /// <summary>Time until the next refill, at least a second (for <c>Retry-After</c>).</summary>
    public TimeSpan RetryAfter
    {
        get
        {
            var left = _lastRefill + Period - _time.GetUtcNow();
            return left < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : left;
        }
    }

    private TokenBucketRateLimiter NewBucket() => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = PermitsPerPeriod,
        TokensPerPeriod = PermitsPerPeriod,
        // Must be positive; without auto-replenishment it only bounds how often TryReplenish may refill (here: always).
        ReplenishmentPeriod = TimeSpan.FromTicks(1),
        AutoReplenishment = false,
        QueueLimit = 0,
    });

    private void Refill()
    {
        _lastRefill = _time.GetUtcNow();
        foreach (var (key, bucket) in _buckets)
        {
            bucket.TryReplenish();
            // A full bucket is the same as none: drop it so idle clients do not accumulate.
            if (bucket.GetStatistics()!.CurrentAvailablePermits >= PermitsPerPeriod) _buckets.TryRemove(key, out _);
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        foreach (var bucket in _buckets.Values) bucket.Dispose();
    }
}
