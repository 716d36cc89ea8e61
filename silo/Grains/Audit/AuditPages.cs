using Orleans.Storage;

namespace Samoocena.Silo.Grains.Audit;

/// <summary>
/// Sealed pages of an audit trail (an assessment's, keyed <c>&lt;assessment key&gt;/&lt;page&gt;</c>; an award
/// edition's, <c>award:&lt;award id&gt;/&lt;page&gt;</c>), written and read by their owning grain straight through the
/// grain storage. Pages keep the owner's state small, so that a save writes a bounded amount of data however long
/// the history grows. They are rows, not grains: a page grain was activated, loaded, written and deactivated for
/// every seal (measured 2026-12-01: with 10-entry pages that cost more than the smaller state saved). The rows keep
/// the layout the page grain wrote (type <c>AssessmentAuditPageGrain/auditPage</c>), so existing trails read unchanged.
/// </summary>
public sealed class AuditPages(IGrainStorage storage)
{
    public const string GrainType = "AssessmentAuditPageGrain";
    public const string StateName = "auditPage";

    private static GrainId Id(string key) => GrainId.Create(GrainType, key);

    /// <summary>Stores page <paramref name="page"/>; a seal retried after its owner's state write failed writes it again.</summary>
    public async Task StoreAsync(string owner, int page, IReadOnlyList<AuditEntry> entries)
    {
        var key = $"{owner}/{page}";
        var sealedPage = new AuditPageState { Entries = [.. entries] };
        try
        {
            await storage.WriteStateAsync(StateName, Id(key), new GrainState<AuditPageState>(sealedPage));
        }
        catch (InconsistentStateException)
        {
            var stored = new GrainState<AuditPageState>();
            await storage.ReadStateAsync(StateName, Id(key), stored);
            stored.State = sealedPage;
            await storage.WriteStateAsync(StateName, Id(key), stored);
        }
    }

    /// <summary>The entries of pages 0 … <paramref name="count"/> − 1, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string owner, int count)
    {
        var pages = await Task.WhenAll(Enumerable.Range(0, count).Select(async page =>
        {
            var state = new GrainState<AuditPageState>();
            await storage.ReadStateAsync(StateName, Id($"{owner}/{page}"), state);
            return state.State?.Entries ?? [];
        }));
        return [.. pages.SelectMany(entries => entries)];
    }
}
