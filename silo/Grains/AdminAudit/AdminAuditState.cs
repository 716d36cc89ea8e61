namespace Samoocena.Silo.Grains.AdminAudit;

/// <summary>Stored admin log, oldest first.</summary>
[GenerateSerializer]
public sealed class AdminAuditState
{
    [Id(0)] public List<AdminAction> Actions { get; set; } = [];
}
