namespace Orleans;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReasonCode
{
    None,
    ActivationIdle,
    ApplicationRequested,
    ShuttingDown,
    ApplicationError,
}

/// <summary>Reason passed to <see cref="Grain.OnDeactivateAsync"/> (mirrors Orleans.DeactivationReason).</summary>
public readonly record struct DeactivationReason(DeactivationReasonCode ReasonCode, string Description);
