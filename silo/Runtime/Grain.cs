using Orleans.Runtime;

namespace Orleans;

/// <summary>
/// Base class of grain implementations (mirrors Orleans.Grain). The runtime calls one method of an
/// activation at a time, so grain code needs no locks.
/// </summary>
public abstract class Grain
{
    internal GrainActivation? Activation { get; set; }

    /// <summary>References to other grains.</summary>
    protected IGrainFactory GrainFactory =>
        Activation?.Runtime ?? throw new InvalidOperationException("Grain is not activated.");

    internal string PrimaryKeyString =>
        Activation?.GrainId.Key ?? throw new InvalidOperationException("Grain is not activated.");

    /// <summary>Called once before the first call of an activation is run.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called when the activation is collected (idle or shutdown).</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Asks the runtime to deactivate this activation after the current call.</summary>
    protected void DeactivateOnIdle() => Activation?.RequestDeactivation();
}
