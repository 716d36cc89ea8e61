using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Orleans.Runtime;

/// <summary>
/// One activation of a grain: the instance, its state holders and its turn gate. Calls run one at a
/// time (turn-based); a call that throws has its persistent state reloaded, so it leaves the state as
/// it was before the call.
/// </summary>
internal sealed class GrainActivation(GrainRuntime runtime, GrainId grainId, Type implementation)
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly List<IStateHolder> _states = [];
    private Grain? _instance;
    private bool _deactivationRequested;

    public GrainRuntime Runtime { get; } = runtime;

    public GrainId GrainId { get; } = grainId;

    public bool IsDeactivated { get; private set; }

    public long LastUsedTimestamp { get; private set; } = runtime.Time.GetTimestamp();

    public bool IsBusy => _turn.CurrentCount == 0;

    public void RequestDeactivation() => _deactivationRequested = true;

    /// <summary>Runs one call in this activation's turn. Returns false when the activation was deactivated meanwhile.</summary>
    public async Task<(bool Ran, T Result)> RunAsync<T>(Func<Grain, Task<T>> call)
    {
        await _turn.WaitAsync().ConfigureAwait(false);
        try
        {
            if (IsDeactivated) return (false, default!);
            if (_instance is null) await ActivateAsync().ConfigureAwait(false);
            else if (Runtime.Options.VerifyStateBeforeEachCall)
                foreach (var state in _states) await state.RefreshIfStaleAsync().ConfigureAwait(false);
            try
            {
                return (true, await call(_instance!).ConfigureAwait(false));
            }
            catch (Exception ex)
            {
                await RestoreAfterFailureAsync(ex).ConfigureAwait(false);
                throw;
            }
        }
        finally
        {
            LastUsedTimestamp = Runtime.Time.GetTimestamp();
            if (_deactivationRequested && !IsDeactivated)
                await DeactivateCoreAsync(new(DeactivationReasonCode.ApplicationRequested, "DeactivateOnIdle")).ConfigureAwait(false);
            _turn.Release();
        }
    }

    /// <summary>Deactivates when idle (the turn gate is free); false when a call is running.</summary>
    public async Task<bool> TryDeactivateAsync(DeactivationReason reason, bool waitForTurn)
    {
        if (waitForTurn) await _turn.WaitAsync().ConfigureAwait(false);
        else if (!_turn.Wait(0)) return false;
        try
        {
            if (!IsDeactivated) await DeactivateCoreAsync(reason).ConfigureAwait(false);
            return true;
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task ActivateAsync()
    {
        try
        {
            var grain = (Grain)ActivatorUtilities.CreateInstance(Runtime.Services, implementation, CreateStateArguments());
            grain.Activation = this;
            foreach (var state in _states) await state.ReadStateAsync().ConfigureAwait(false);
            await grain.OnActivateAsync(CancellationToken.None).ConfigureAwait(false);
            _instance = grain;
        }
        catch
        {
            _states.Clear();
            IsDeactivated = true;
            Runtime.Remove(this);
            throw;
        }
    }

    private object[] CreateStateArguments()
    {
        var ctor = implementation.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var args = new List<object>();
        foreach (var p in ctor.GetParameters())
        {
            if (p.GetCustomAttribute<PersistentStateAttribute>() is not { } attr) continue;
            var stateType = p.ParameterType.GetGenericArguments()[0];
            var storage = Runtime.Services.GetRequiredKeyedService<IGrainStorage>(attr.StorageName ?? GrainRuntime.DefaultStorageName);
            var holder = Activator.CreateInstance(typeof(PersistentState<>).MakeGenericType(stateType), attr.StateName, GrainId, storage)!;
            _states.Add((IStateHolder)holder);
            args.Add(holder);
        }
        return args.ToArray();
    }

    private async Task RestoreAfterFailureAsync(Exception failure)
    {
        try
        {
            foreach (var state in _states) await state.ReadStateAsync().ConfigureAwait(false);
        }
        catch (Exception reload)
        {
            // The copy in memory can no longer be trusted: drop the activation, the next call reloads.
            Runtime.Logger.LogWarning(reload, "Grain {GrainId}: state reload after {Failure} failed", GrainId, failure.GetType().Name);
            await DeactivateCoreAsync(new(DeactivationReasonCode.ApplicationError, reload.Message)).ConfigureAwait(false);
        }
    }

    private async Task DeactivateCoreAsync(DeactivationReason reason)
    {
        IsDeactivated = true;
        Runtime.Remove(this);
        if (_instance is null) return;
        try
        {
            await _instance.OnDeactivateAsync(reason, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Runtime.Logger.LogWarning(ex, "Grain {GrainId}: OnDeactivateAsync failed", GrainId);
        }
        _instance = null;
    }
}
