using System.Collections.Concurrent;

namespace Samoocena.Tests.Runtime;

public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Read-modify-write with an await in between: only correct when calls never overlap.</summary>
    Task<int> IncrementAsync(bool persist);

    Task<int> GetAsync();

    Task<string?> GetEtagAsync();

    /// <summary>Changes the state (and maybe persists it), then throws.</summary>
    Task FailAfterChangeAsync();

    /// <summary>Waits for a signal set by another grain's call.</summary>
    Task<string> WaitForAsync(string signal);

    Task SignalAsync(string signal);

    Task<int> MaxConcurrencySeenAsync();
}

[GenerateSerializer]
public sealed class CounterState
{
    [Id(0)] public int Value { get; set; }
}

public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> state) : Grain, ICounterGrain
{
    public static readonly ConcurrentDictionary<string, TaskCompletionSource<string>> Signals = new();
    public static readonly ConcurrentBag<string> Deactivated = [];
    private int _inFlight;
    private int _maxInFlight;

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Deactivated.Add($"{this.GetPrimaryKeyString()}:{reason.ReasonCode}");
        return Task.CompletedTask;
    }

    async Task<int> ICounterGrain.IncrementAsync(bool persist)
    {
        _maxInFlight = Math.Max(_maxInFlight, Interlocked.Increment(ref _inFlight));
        var value = state.State.Value;
        await Task.Yield();
        state.State.Value = value + 1;
        if (persist) await state.WriteStateAsync();
        Interlocked.Decrement(ref _inFlight);
        return state.State.Value;
    }

    Task<int> ICounterGrain.GetAsync() => Task.FromResult(state.State.Value);

    Task<string?> ICounterGrain.GetEtagAsync() => Task.FromResult(state.Etag);

    async Task ICounterGrain.FailAfterChangeAsync()
    {
        state.State.Value += 100;
        await Task.Yield();
        throw new InvalidOperationException("boom");
    }

    Task<string> ICounterGrain.WaitForAsync(string signal) => Signals.GetOrAdd(signal, _ => new()).Task;

    Task ICounterGrain.SignalAsync(string signal)
    {
        Signals.GetOrAdd(signal, _ => new()).TrySetResult(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    Task<int> ICounterGrain.MaxConcurrencySeenAsync() => Task.FromResult(_maxInFlight);
}
