using Samoocena.Questionnaires.Text;
using System.Globalization;
using Samoocena.Silo.Grains.Audit;
using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Silo.Grains.Budget;

[GrainType("BudgetGrain")]
public sealed class BudgetGrain(
    [PersistentState("budget")] IPersistentState<BudgetState> state,
    TimeProvider time) : Grain, IBudgetGrain
{
    /// <summary>Unit codes listed in one audit entry before it is shortened (a demo load touches ~150 units a year).</summary>
    private const int ListedUnits = 200;

    async Task<int> IBudgetGrain.ReplaceAsync(IReadOnlyList<BudgetUnitYear> unitYears, string user)
    {
        var shard = this.GetPrimaryKeyString();
        foreach (var u in unitYears)
            if (BudgetShards.KeyOf(u.Teryt) != shard)
                throw new ValidationException("teryt", $"Gmina {u.Teryt} nie należy do województwa {shard}.");
        if (unitYears.Select(u => u.Key).Distinct(StringComparer.Ordinal).Count() != unitYears.Count)
            throw new ValidationException("file", "Ta sama gmina i rok występują w imporcie więcej niż raz.");

        var now = time.GetUtcNow();
        var replaced = 0;
        foreach (var year in unitYears.GroupBy(u => u.Year).OrderBy(g => g.Key))
        {
            var oldLines = 0;
            foreach (var u in year)
            {
                if (state.State.UnitYears.TryGetValue(u.Key, out var old))
                {
                    replaced++;
                    oldLines += old.SourceLines;
                }
                state.State.UnitYears[u.Key] = u;
            }
            var units = year.Select(u => u.Teryt).Order(StringComparer.Ordinal).ToArray();
            var listed = string.Join(", ", units.Take(ListedUnits)) + (units.Length > ListedUnits ? $" i {units.Length - ListedUnits} innych" : "");
            state.State.Audit.Add(new AuditEntry(now, user, year.Any(u => u.Synthetic) ? "budget.import.synthetic" : "budget.import",
                year.Key.ToString(CultureInfo.InvariantCulture),
                PolishCount.Of(oldLines, PolishCount.Wiersz),
                $"{PolishCount.Of(year.Sum(u => u.SourceLines), PolishCount.Wiersz)}, {PolishCount.Of(units.Length, PolishCount.Gmina)}: {listed}"));
        }
        await state.WriteStateAsync();
        return replaced;
    }

    Task<IReadOnlyList<BudgetUnitYear>> IBudgetGrain.FindAsync(IReadOnlyList<string> keys) =>
        Task.FromResult<IReadOnlyList<BudgetUnitYear>>(keys
            .Select(k => state.State.UnitYears.GetValueOrDefault(k)).Where(u => u is not null).Select(u => u!).ToArray());

    async Task IBudgetGrain.RestoreAsync(IReadOnlyList<BudgetUnitYear> previous, IReadOnlyList<string> added, string user)
    {
        foreach (var key in added) state.State.UnitYears.Remove(key);
        foreach (var u in previous) state.State.UnitYears[u.Key] = u;
        state.State.Audit.Add(new AuditEntry(time.GetUtcNow(), user, "budget.import.undone", null,
            $"{added.Count + previous.Count} jednostko-lat", "przywrócono stan sprzed importu (błąd zapisu w innym województwie)"));
        await state.WriteStateAsync();
    }

    Task<IReadOnlyList<BudgetUnitYear>> IBudgetGrain.UnitYearsAsync(int firstYear, int lastYear) =>
        Task.FromResult<IReadOnlyList<BudgetUnitYear>>(state.State.UnitYears.Values
            .Where(u => u.Year >= firstYear && u.Year <= lastYear)
            .OrderBy(u => u.Teryt, StringComparer.Ordinal).ThenBy(u => u.Year)
            .ToArray());

    Task<IReadOnlyList<BudgetUnitYear>> IBudgetGrain.UnitAsync(string teryt) =>
        Task.FromResult<IReadOnlyList<BudgetUnitYear>>(state.State.UnitYears.Values
            .Where(u => u.Teryt == teryt).OrderBy(u => u.Year).ToArray());

    Task<int> IBudgetGrain.CountAsync() => Task.FromResult(state.State.UnitYears.Count);

    Task<IReadOnlyList<AuditEntry>> IBudgetGrain.AuditAsync() => Task.FromResult<IReadOnlyList<AuditEntry>>(state.State.Audit.ToArray());
}
