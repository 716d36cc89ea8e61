using Samoocena.Questionnaires.Registry;

namespace Samoocena.Silo.Grains.Budget;

/// <summary>
/// Budget lines are sharded by voivodeship (the TERYT's first two digits): 16 grains of ~150 thousand lines each
/// for a full Rb-28S history, so an import rewrites only the voivodeships it touches and a ranking reads 16 states.
/// </summary>
public static class BudgetShards
{
    public static string KeyOf(string teryt) => teryt[..2];

    /// <summary>Every shard key of the registry's units, ascending.</summary>
    public static IReadOnlyList<string> All(MunicipalityRegistry registry) =>
        registry.All.Select(m => KeyOf(m.Teryt)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
