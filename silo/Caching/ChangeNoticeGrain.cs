using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace Samoocena.Silo.Caching;

/// <summary>
/// Fans a <see cref="ChangeNotice"/> out to every node's observer and waits for their acknowledgements, so that when
/// the admin's change (or a round's close) answers, every live node has already dropped its cached copy. A node that
/// does not answer within <see cref="DeliveryTimeout"/> is dropped from the list (it resubscribes, clearing its caches,
/// if it is alive); its cache entries still expire after <see cref="NodeCache{T}.Lifetime"/>.
/// Registrations live in memory only: a new activation (after a node loss) starts empty and each node's next
/// subscription, told so, clears that node's caches.
/// </summary>
[GrainType("ChangeNoticeGrain"), Reentrant]
public sealed class ChangeNoticeGrain(TimeProvider time, ILogger<ChangeNoticeGrain> logger) : Grain, IChangeNoticeGrain
{
    public static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(2);

    private readonly Dictionary<IChangeObserver, DateTimeOffset> _observers = new();

    public Task<bool> SubscribeAsync(IChangeObserver observer)
    {
        var now = time.GetUtcNow();
        foreach (var stale in _observers.Where(o => now - o.Value > 3 * ChangeNotices.RefreshInterval).Select(o => o.Key).ToArray())
            _observers.Remove(stale);
        var known = _observers.ContainsKey(observer);
        _observers[observer] = now;
        return Task.FromResult(!known);
    }

    public async Task PublishAsync(ChangeNotice notice)
    {
        var observers = _observers.Keys.ToArray();
        var deliveries = observers.Select(o => o.OnChangedAsync(notice).WaitAsync(DeliveryTimeout, time)).ToArray();
        try { await Task.WhenAll(deliveries); }
        catch (Exception)
        {
            for (var i = 0; i < observers.Length; i++)
            {
                if (!deliveries[i].IsFaulted) continue;
                logger.LogWarning(deliveries[i].Exception?.GetBaseException(), "Change notice {Kind}/{Key} not delivered to a node; dropped it from the list", notice.Kind, notice.Key);
                _observers.Remove(observers[i]);
            }
        }
    }
}
