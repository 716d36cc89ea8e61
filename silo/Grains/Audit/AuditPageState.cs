
namespace Samoocena.Silo.Grains.Audit;

/// <summary>Stored entries of one sealed audit page.</summary>
[GenerateSerializer]
public sealed class AuditPageState
{
    [Id(0)] public List<AuditEntry> Entries { get; set; } = [];
}
