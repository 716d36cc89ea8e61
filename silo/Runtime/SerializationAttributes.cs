namespace Orleans;

/// <summary>Marks a type serialised by the runtime (mirrors Orleans' attribute; here: System.Text.Json).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum)]
public sealed class GenerateSerializerAttribute : Attribute;

/// <summary>Stable serialisation id of a member (mirrors Orleans.IdAttribute).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class IdAttribute(uint id) : Attribute
{
    public uint Id { get; } = id;
}

/// <summary>Stable type name for serialisation (mirrors Orleans.AliasAttribute).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum)]
public sealed class AliasAttribute(string alias) : Attribute
{
    public string Alias { get; } = alias;
}
