namespace Samoocena.Tests.Infrastructure;

/// <summary>
/// A clock that moves only when a test says so. Timers the product's code creates fire only inside <see cref="Advance"/>, once per
/// move that passes their due time (e.g. the rate limiters' refill), on the test's thread.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    public ManualTimeProvider() : this(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _now;
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (_gate) target = _now + by;
        var fired = new HashSet<ManualTimer>();
        while (true)
        {
            ManualTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.Due is { } due && due <= target && !fired.Contains(t)).MinBy(t => t.Due);
                if (next is null)
                {
                    _now = target;
                    return;
                }
                _now = next.Due!.Value;
                // A periodic timer fires once per move however many periods it spans (as a busy real timer
                // coalesces), so moving hours ahead does not replay millions of short ticks.
                next.Due = next.Period <= TimeSpan.Zero ? null
                    : _now + next.Period > target ? _now + next.Period
                    : target + next.Period;
            }
            fired.Add(next);
            next.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        // Only the product's own timers (e.g. the rate limiters' refill) run on this clock; Orleans' and ASP.NET
        // Core's stay inert, as they always were here, since firing them out of real time breaks their pacing.
        if (callback.Method.DeclaringType?.Assembly.GetName().Name?.StartsWith("Samoocena", StringComparison.Ordinal) == true)
            lock (_gate) _timers.Add(timer);
        return timer;
    }

    private sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? Due { get; set; }

        public TimeSpan Period { get; private set; }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
                Due = dueTime == Timeout.InfiniteTimeSpan ? null : clock._now + dueTime;
            }
            return true;
        }

        public void Dispose()
        {
            lock (clock._gate) clock._timers.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
