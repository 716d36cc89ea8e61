using Orleans.Storage;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Runtime;

public sealed class GrainRuntimeTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private static Task<SiloHarness> Start(StorageKind kind, string serviceId, string path, TimeProvider? time = null) =>
        SiloHarness.StartAsync(kind, serviceId, path, time, null, typeof(CounterGrain).Assembly);

    [Theory]
    [MemberData(nameof(TestDatabases.Both), MemberType = typeof(TestDatabases))]
    public async Task State_survives_a_restart(StorageKind kind)
    {
        var (id, path) = (TestDatabases.NewServiceId(), TestDatabases.NewSqlitePath());
        await using (var silo = await Start(kind, id, path))
        {
            var counter = silo.Grains.GetGrain<ICounterGrain>("restart");
            await counter.IncrementAsync(persist: true);
            await counter.IncrementAsync(persist: true);
        }
        await using var again = await Start(kind, id, path);
        (await again.Grains.GetGrain<ICounterGrain>("restart").GetAsync()).Should().Be(2);
        (await again.Grains.GetGrain<ICounterGrain>("restart").GetEtagAsync()).Should().Be("2");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Both), MemberType = typeof(TestDatabases))]
    public async Task A_write_with_a_stale_etag_is_refused_and_the_stored_value_is_kept(StorageKind kind)
    {
        var (id, path) = (TestDatabases.NewServiceId(), TestDatabases.NewSqlitePath());
        await using var nodeA = await Start(kind, id, path);
        await using var nodeB = await Start(kind, id, path);
        var onA = nodeA.Grains.GetGrain<ICounterGrain>("race");
        var onB = nodeB.Grains.GetGrain<ICounterGrain>("race");
        (await onA.IncrementAsync(persist: true)).Should().Be(1);
        (await onB.IncrementAsync(persist: true)).Should().Be(2); // B activates after A's write: reads 1
        (await onA.IncrementAsync(persist: false)).Should().Be(2); // A's copy is stale (1 → 2 in memory)

        var stale = async () => await onA.IncrementAsync(persist: true);
        await stale.Should().ThrowAsync<InconsistentStateException>();

        // The failed call reloaded A's copy from storage: B's write is what both see.
        (await onA.GetAsync()).Should().Be(2);
        await using var reader = await Start(kind, id, path);
        (await reader.Grains.GetGrain<ICounterGrain>("race").GetAsync()).Should().Be(2);
        (await onA.IncrementAsync(persist: true)).Should().Be(3);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Both), MemberType = typeof(TestDatabases))]
    public async Task Calls_to_one_grain_never_overlap_under_1000_concurrent_calls(StorageKind kind)
    {
        await using var silo = await Start(kind, TestDatabases.NewServiceId(), TestDatabases.NewSqlitePath());
        var counter = silo.Grains.GetGrain<ICounterGrain>("turns");
        var calls = Enumerable.Range(0, 1000).Select(i => Task.Run(() => counter.IncrementAsync(persist: i % 100 == 0)));
        var results = await Task.WhenAll(calls).WaitAsync(Guard);

        results.Order().Should().Equal(Enumerable.Range(1, 1000));
        (await counter.GetAsync()).Should().Be(1000);
        (await counter.MaxConcurrencySeenAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Calls_to_different_grains_run_in_parallel()
    {
        await using var silo = await Start(StorageKind.Sqlite, TestDatabases.NewServiceId(), TestDatabases.NewSqlitePath());
        var signal = Guid.NewGuid().ToString("N");
        // Grain A's call stays open until grain B's call signals it: with one global turn this would never end.
        var waiting = silo.Grains.GetGrain<ICounterGrain>("waiter").WaitForAsync(signal);
        await silo.Grains.GetGrain<ICounterGrain>("signaller").SignalAsync(signal).WaitAsync(Guard);
        (await waiting.WaitAsync(Guard)).Should().Be("signaller");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Both), MemberType = typeof(TestDatabases))]
    public async Task A_throwing_call_leaves_the_state_as_it_was(StorageKind kind)
    {
        await using var silo = await Start(kind, TestDatabases.NewServiceId(), TestDatabases.NewSqlitePath());
        var counter = silo.Grains.GetGrain<ICounterGrain>("throws");
        await counter.IncrementAsync(persist: true);

        var failing = async () => await counter.FailAfterChangeAsync();
        await failing.Should().ThrowAsync<InvalidOperationException>().WithMessage("boom");

        (await counter.GetAsync()).Should().Be(1);
        (await counter.IncrementAsync(persist: true)).Should().Be(2);
    }

    [Fact]
    public async Task Idle_activations_are_deactivated_after_the_collection_age()
    {
        var time = new ManualTimeProvider();
        await using var silo = await Start(StorageKind.Sqlite, TestDatabases.NewServiceId(), TestDatabases.NewSqlitePath(), time);
        var key = "idle-" + Guid.NewGuid().ToString("N");
        await silo.Grains.GetGrain<ICounterGrain>(key).IncrementAsync(persist: true);
        silo.Runtime.ActivationCount.Should().Be(1);

        time.Advance(TimeSpan.FromMinutes(14));
        (await silo.Runtime.CollectIdleActivationsAsync()).Should().Be(0);
        time.Advance(TimeSpan.FromMinutes(2));
        (await silo.Runtime.CollectIdleActivationsAsync()).Should().Be(1);

        silo.Runtime.ActivationCount.Should().Be(0);
        CounterGrain.Deactivated.Should().Contain($"{key}:ActivationIdle");
        (await silo.Grains.GetGrain<ICounterGrain>(key).GetAsync()).Should().Be(1);
    }
}
