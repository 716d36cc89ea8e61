using Samoocena.Silo.Grains.Audit;

namespace Samoocena.Silo.Grains.Budget;

/// <summary>Budget execution lines of one voivodeship's gminas (key: the 2-digit voivodeship code, see <see cref="BudgetShards"/>).</summary>
public interface IBudgetGrain : IGrainWithStringKey
{
    /// <summary>
    /// Replaces the stored lines of every (teryt, year) given (never adds to them); other unit-years stay.
    /// Appends one audit entry per year touched. Returns how many unit-years were replaced (existed before).
    /// </summary>
    Task<int> ReplaceAsync(IReadOnlyList<BudgetUnitYear> unitYears, string user);

    /// <summary>The stored unit-years among <paramref name="keys"/> (<see cref="BudgetUnitYear.Key"/>); absent keys are left out.</summary>
    Task<IReadOnlyList<BudgetUnitYear>> FindAsync(IReadOnlyList<string> keys);

    /// <summary>
    /// Undoes an import whose other shards failed: puts <paramref name="previous"/> back and removes the unit-years of
    /// <paramref name="added"/> (keys that did not exist before), with an audit entry.
    /// </summary>
    Task RestoreAsync(IReadOnlyList<BudgetUnitYear> previous, IReadOnlyList<string> added, string user);

    /// <summary>The unit-years of <paramref name="firstYear"/>..<paramref name="lastYear"/>, by TERYT then year.</summary>
    Task<IReadOnlyList<BudgetUnitYear>> UnitYearsAsync(int firstYear, int lastYear);

    /// <summary>One unit's stored years (any), by year.</summary>
    Task<IReadOnlyList<BudgetUnitYear>> UnitAsync(string teryt);

    Task<int> CountAsync();

    Task<IReadOnlyList<AuditEntry>> AuditAsync();
}
