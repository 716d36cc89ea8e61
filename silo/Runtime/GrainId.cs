namespace Orleans.Runtime;

/// <summary>Identity of a grain: its type name and key.</summary>
public readonly record struct GrainId(string Type, string Key)
{
    public override string ToString() => $"{Type}/{Key}";
}
