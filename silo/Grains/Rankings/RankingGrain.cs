using Samoocena.Questionnaires.Text;
using System.Globalization;
using Samoocena.Questionnaires.Rankings;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Audit;
using Samoocena.Silo.Grains.Budget;
using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Silo.Grains.Rankings;

[GrainType("RankingGrain")]
public sealed class RankingGrain(
    [PersistentState("ranking")] IPersistentState<RankingState> state,
    MunicipalityRegistry registry,
    TimeProvider time) : Grain, IRankingGrain
{
    async Task<RankingStatus> IRankingGrain.ComputeAsync(string user)
    {
        var (definition, edition) = Resolve();
        if (state.State.PublishedAt is not null)
            throw new ConflictException(
                $"Edycja {edition.Edition} rankingu '{definition.Id}' jest opublikowana i zamrożona; nie można jej przeliczyć.");

        // Budget grains never call rankings, so this fan-out cannot form a cycle.
        var shards = await Task.WhenAll(BudgetShards.All(registry)
            .Select(k => GrainFactory.GetGrain<IBudgetGrain>(k).UnitYearsAsync(edition.FirstYear, edition.LastYear)));
        var lines = new List<BudgetLine>(shards.Sum(s => s.Sum(u => u.Rozdzialy.Length)));
        var synthetic = 0;
        foreach (var shard in shards)
            foreach (var unitYear in shard)
            {
                unitYear.AppendTo(lines);
                if (unitYear.Synthetic) synthetic++;
            }
        var inputs = GreenFinanceInputs.Compute(definition, edition.Edition, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(lines), registry);
        var previous = state.State.Snapshot;
        var snapshot = GreenFinanceRanking.Compute(definition, inputs, time.GetUtcNow(), synthetic);
        state.State.Snapshot = snapshot;
        state.State.Audit.Add(new AuditEntry(snapshot.ComputedAt, user, "compute", Target(definition, edition),
            previous is null ? null : Summary(previous), Summary(snapshot)));
        await state.WriteStateAsync();
        return Status();
    }

    async Task<RankingStatus> IRankingGrain.PublishAsync(string user)
    {
        var (definition, edition) = Resolve();
        if (state.State.Snapshot is null)
            throw new ConflictException($"Edycja {edition.Edition} rankingu '{definition.Id}' nie ma wersji roboczej do opublikowania: najpierw ją oblicz.");
        if (state.State.PublishedAt is { } at)
            throw new ConflictException($"Edycja {edition.Edition} rankingu '{definition.Id}' jest już opublikowana ({at:yyyy-MM-dd HH:mm} UTC).");
        var now = time.GetUtcNow();
        state.State.PublishedAt = now;
        state.State.PublishedBy = user;
        state.State.Audit.Add(new AuditEntry(now, user, "publish", Target(definition, edition), RankingStatus.Draft, RankingStatus.Published));
        await state.WriteStateAsync();
        return Status();
    }

    Task<RankingStatus> IRankingGrain.GetAsync()
    {
        Resolve();
        return Task.FromResult(Status());
    }

    Task<IReadOnlyList<AuditEntry>> IRankingGrain.AuditAsync() => Task.FromResult<IReadOnlyList<AuditEntry>>(state.State.Audit.ToArray());

    private RankingStatus Status() => new(
        state.State.Snapshot is null ? RankingStatus.None : state.State.PublishedAt is null ? RankingStatus.Draft : RankingStatus.Published,
        state.State.Snapshot, state.State.PublishedAt, state.Etag);

    private (RankingDefinition, RankingEdition) Resolve()
    {
        var key = this.GetPrimaryKeyString();
        var slash = key.LastIndexOf('/');
        var id = slash < 0 ? key : key[..slash];
        var definition = RankingCatalog.Find(id) ?? throw new NotFoundException($"Nie ma rankingu '{id}'.");
        if (slash < 0 || !int.TryParse(key[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var edition)
            || !definition.HasEdition(edition))
            throw new NotFoundException(
                $"Ranking '{id}' nie ma edycji '{key[(slash + 1)..]}' (dostępne: {string.Join(", ", definition.Editions.Select(e => e.Edition))}).");
        return (definition, definition.Edition(edition));
    }

    private static string Target(RankingDefinition d, RankingEdition e) => $"{d.Id}/{e.Edition}";

    private static string Summary(RankingSnapshot s) =>
        $"{PolishCount.Of(s.Inputs.Count, PolishCount.Gmina)} z danymi, {s.Categories.Sum(c => c.Rows.Count)} sklasyfikowanych, "
        + $"{s.Categories.Sum(c => c.NotRanked.Count)} nieklasyfikowanych, {PolishCount.Of(s.LinesUsed, PolishCount.Wiersz)} budżetu";
}
