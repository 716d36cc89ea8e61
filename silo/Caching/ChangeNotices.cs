using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Samoocena.Silo.Caching;

/// <summary>
/// This node's end of the change notices: the observer registered with <see cref="IChangeNoticeGrain"/> (at start and
/// every <see cref="RefreshInterval"/>), which forwards each notice to the node's caches, and the publishing side used
/// by grains after they changed a cached fact. Publishing never fails the change: a lost notice is bounded by the
/// caches' <see cref="NodeCache{T}.Lifetime"/>.
/// </summary>
public sealed class ChangeNotices(IGrainFactory grains, TimeProvider time, ILogger<ChangeNotices> logger) : BackgroundService, IChangeObserver
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(10);

    private readonly List<Action<ChangeNotice?>> _listeners = [];
    private IChangeObserver? _reference;

    /// <summary>A listener gets each notice, and null when it must drop everything.</summary>
    public void Listen(Action<ChangeNotice?> listener)
    {
        lock (_listeners) _listeners.Add(listener);
    }

    public Task OnChangedAsync(ChangeNotice notice)
    {
        Deliver(notice);
        return Task.CompletedTask;
    }

    /// <summary>Delivers the notice to this node at once, then to every node; waits for their acknowledgements.</summary>
    public static async Task PublishAsync(IGrainFactory grains, ChangeNotice notice, ILogger? logger = null)
    {
        try { await grains.GetGrain<IChangeNoticeGrain>(0).PublishAsync(notice); }
        catch (Exception e) { logger?.LogWarning(e, "Change notice {Kind}/{Key} not published; caches expire it", notice.Kind, notice.Key); }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RefreshInterval, time);
        do
        {
            try
            {
                _reference ??= grains.CreateObjectReference<IChangeObserver>(this);
                if (await grains.GetGrain<IChangeNoticeGrain>(0).SubscribeAsync(_reference)) Deliver(null);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Change notice subscription failed; retrying in {Interval}", RefreshInterval);
                Deliver(null);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken token)
    {
        try { return await timer.WaitForNextTickAsync(token); }
        catch (OperationCanceledException) { return false; }
    }

    private void Deliver(ChangeNotice? notice)
    {
        Action<ChangeNotice?>[] listeners;
        lock (_listeners) listeners = [.. _listeners];
        foreach (var listener in listeners) listener(notice);
    }

    public override void Dispose()
    {
        if (_reference is not null)
        {
            try { grains.DeleteObjectReference<IChangeObserver>(_reference); } catch (Exception) { /* the runtime is gone */ }
        }
        base.Dispose();
    }
}
