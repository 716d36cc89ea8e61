namespace Orleans.Configuration;

/// <summary>Idle deactivation settings (mirrors Orleans.Configuration.GrainCollectionOptions).</summary>
public sealed class GrainCollectionOptions
{
    /// <summary>An activation unused for this long is deactivated.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Before each call, compare the stored version of every state with the activation's copy and
    /// reload a stale copy. Needed when several processes share one database.
    /// </summary>
    public bool VerifyStateBeforeEachCall { get; set; }
}
