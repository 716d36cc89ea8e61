namespace Orleans.Runtime;

/// <summary>What the runtime needs from a persistent state holder around a call.</summary>
internal interface IStateHolder
{
    Task ReadStateAsync();

    /// <summary>Reloads the state when the stored version differs from the held one.</summary>
    Task RefreshIfStaleAsync();
}
