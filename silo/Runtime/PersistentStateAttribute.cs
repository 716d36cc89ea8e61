namespace Orleans.Runtime;

/// <summary>Injects an <see cref="IPersistentState{TState}"/> into a grain constructor.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string? storageName = null) : Attribute
{
    public string StateName { get; } = stateName;

    public string? StorageName { get; } = storageName;
}
