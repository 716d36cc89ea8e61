namespace Samoocena.Silo.Grains.Secrets;

/// <summary>A random secret shared by every node through the database.</summary>
[GenerateSerializer]
public sealed class SecretState
{
    [Id(0)] public string? Base64 { get; set; }
}
