namespace Samoocena.Silo.Grains.AdminAudit;

/// <summary>The log of admin actions (key <c>all</c>): append-only, readable by admins.</summary>
public interface IAdminAuditGrain : IGrainWithStringKey
{
    /// <summary>Appends an action stamped with the grain's clock.</summary>
    Task<AdminAction> RecordAsync(string actor, string type, string target, string? detail);

    /// <summary>The matching actions, newest first.</summary>
    Task<AdminActionPage> QueryAsync(AdminActionQuery query);
}
