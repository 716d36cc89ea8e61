namespace Samoocena.Silo.Grains.AdminAudit;

[GrainType("AdminAuditGrain")]
public sealed class AdminAuditGrain([PersistentState("adminAudit")] IPersistentState<AdminAuditState> state, TimeProvider time)
    : Grain, IAdminAuditGrain
{
    async Task<AdminAction> IAdminAuditGrain.RecordAsync(string actor, string type, string target, string? detail)
    {
        var action = new AdminAction(time.GetUtcNow(), actor, type, target, detail);
        state.State.Actions.Add(action);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Actions.RemoveAt(state.State.Actions.Count - 1);
            throw;
        }
        return action;
    }

    Task<AdminActionPage> IAdminAuditGrain.QueryAsync(AdminActionQuery query)
    {
        var matching = Enumerable.Range(0, state.State.Actions.Count).Reverse().Select(i => state.State.Actions[i])
            .Where(a => query.Type is null || a.Type == query.Type || a.Type.StartsWith(query.Type + ".", StringComparison.Ordinal))
            .Where(a => query.Actor is null || a.Actor == query.Actor)
            .Where(a => query.From is null || a.At >= query.From)
            .Where(a => query.To is null || a.At <= query.To)
            .ToList();
        return Task.FromResult(new AdminActionPage([.. matching.Skip(query.Skip).Take(query.Take)], matching.Count));
    }
}
