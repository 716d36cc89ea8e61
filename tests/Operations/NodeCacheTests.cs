using Microsoft.Extensions.Logging.Abstractions;
using Samoocena.Silo.Caching;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Operations;

/// <summary>The per-node cache of grain facts: a notice drops a key at once, a lost notice is bounded by the lifetime.</summary>
public sealed class NodeCacheTests
{
    private readonly ManualTimeProvider _time = new();
    private readonly ChangeNotices _notices;
    private readonly NodeCache<string> _cache;
    private int _loads;
    private string _stored = "v1";

    public NodeCacheTests()
    {
        _notices = new ChangeNotices(null!, _time, NullLogger<ChangeNotices>.Instance);
        _cache = new NodeCache<string>(ChangeNotice.User, TimeSpan.FromSeconds(5), _time, _notices);
    }

    private Task<string?> Load(string key)
    {
        _loads++;
        return Task.FromResult<string?>(_stored);
    }

    [Fact]
    public async Task A_notice_for_the_key_drops_it_and_the_next_read_loads_the_new_value()
    {
        (await _cache.GetAsync("ala", Load)).Should().Be("v1");
        _stored = "v2";
        (await _cache.GetAsync("ala", Load)).Should().Be("v1", "cached");
        await _notices.OnChangedAsync(new ChangeNotice(ChangeNotice.Rounds, "ala"));
        (await _cache.GetAsync("ala", Load)).Should().Be("v1", "a notice of another kind changes nothing");
        await _notices.OnChangedAsync(new ChangeNotice(ChangeNotice.User, "ala"));
        (await _cache.GetAsync("ala", Load)).Should().Be("v2");
        _loads.Should().Be(2);
    }

    [Fact]
    public async Task Without_a_notice_an_entry_lives_at_most_its_lifetime()
    {
        (await _cache.GetAsync("ala", Load)).Should().Be("v1");
        _stored = "v2";
        _time.Advance(TimeSpan.FromSeconds(4.9));
        (await _cache.GetAsync("ala", Load)).Should().Be("v1");
        _time.Advance(TimeSpan.FromSeconds(0.1));
        (await _cache.GetAsync("ala", Load)).Should().Be("v2");
    }

    [Fact]
    public async Task A_load_that_raced_a_notice_is_not_kept()
    {
        var gate = new TaskCompletionSource<string?>();
        var racing = _cache.GetAsync("ala", _ => gate.Task);
        await _notices.OnChangedAsync(new ChangeNotice(ChangeNotice.User, "ala"));
        gate.SetResult("stale");
        (await racing).Should().Be("stale", "the request that started before the change sees what it read");
        _stored = "fresh";
        (await _cache.GetAsync("ala", Load)).Should().Be("fresh", "the stale value was not stored");
    }

    [Fact]
    public async Task A_resubscription_clears_everything_and_nulls_are_never_cached()
    {
        (await _cache.GetAsync("ala", Load)).Should().Be("v1");
        _stored = "v2";
        _cache.Clear();
        (await _cache.GetAsync("ala", Load)).Should().Be("v2");
        (await _cache.GetAsync("nobody", _ => Task.FromResult<string?>(null))).Should().BeNull();
        (await _cache.GetAsync("nobody", _ => Task.FromResult<string?>("created"))).Should().Be("created");
    }
}
