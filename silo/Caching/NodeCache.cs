using System.Collections.Concurrent;

namespace Samoocena.Silo.Caching;

/// <summary>
/// A per-node cache of one kind of grain fact (a user's security facts, a questionnaire's rounds), in front of the
/// grain that owns it. Correct across the cluster: the owning grain publishes a <see cref="ChangeNotice"/> after each
/// change and waits until every live node has dropped the key, so a change is seen by the next request on any node.
/// When a notice cannot reach a node (it is partitioned, or the notice grain's node just died), an entry still lives
/// at most <see cref="Lifetime"/> (time from the injected <see cref="TimeProvider"/>): that is the bound.
/// A load that started before an invalidation is not stored (generation check), so a stale read cannot outlive it.
/// Null results are never stored.
/// </summary>
public sealed class NodeCache<T> where T : class
{
    private readonly ConcurrentDictionary<string, (T Value, long ExpiresAt)> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly string _kind;
    private readonly long _lifetimeTicks;
    private readonly int _capacity;
    private long _generation;

    public NodeCache(string kind, TimeSpan lifetime, TimeProvider time, ChangeNotices notices, int capacity = 100_000)
    {
        _kind = kind;
        Lifetime = lifetime;
        _time = time;
        _capacity = capacity;
        _lifetimeTicks = (long)(lifetime.TotalSeconds * time.TimestampFrequency);
        notices.Listen(OnNotice);
    }

    public TimeSpan Lifetime { get; }

    public async ValueTask<T?> GetAsync(string key, Func<string, Task<T?>> load)
    {
        var now = _time.GetTimestamp();
        if (_entries.TryGetValue(key, out var entry) && now < entry.ExpiresAt) return entry.Value;
        var generation = Volatile.Read(ref _generation);
        var value = await load(key);
        if (value is null) return null;
        if (_entries.Count >= _capacity) _entries.Clear();
        _entries[key] = (value, now + _lifetimeTicks);
        // An invalidation during the load: the value may predate it; drop it (the next request reloads).
        if (Volatile.Read(ref _generation) != generation) _entries.TryRemove(key, out _);
        return value;
    }

    public void Invalidate(string key)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(key, out _);
    }

    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    private void OnNotice(ChangeNotice? notice)
    {
        if (notice is null) Clear();
        else if (notice.Kind == _kind) Invalidate(notice.Key);
    }
}
