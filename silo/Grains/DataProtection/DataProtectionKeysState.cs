namespace Samoocena.Silo.Grains.DataProtection;

/// <summary>Stored key elements: friendly name → XML text.</summary>
[GenerateSerializer]
public sealed class DataProtectionKeysState
{
    [Id(0)] public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);
}
