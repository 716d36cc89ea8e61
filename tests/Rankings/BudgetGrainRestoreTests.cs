using Samoocena.Questionnaires.Rankings;
using Samoocena.Silo.Grains.Budget;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Rankings;

/// <summary>The undo an import uses when another voivodeship's write failed: the shard is as it was before.</summary>
public sealed class BudgetGrainRestoreTests
{
    private static BudgetUnitYear UnitYear(string teryt, int year, long grosze) =>
        BudgetUnitYear.From(teryt, year, [new BudgetLine(BudgetLine.TerytNumber(teryt), year, 900, 90001, 6050, grosze)]);

    [Theory]
    [MemberData(nameof(TestDatabases.Both), MemberType = typeof(TestDatabases))]
    public async Task Restore_puts_back_replaced_unit_years_and_removes_added_ones(StorageKind kind)
    {
        await using var silo = await SiloHarness.StartAsync(kind, TestDatabases.NewServiceId(), TestDatabases.NewSqlitePath());
        var shard = silo.Grains.GetGrain<IBudgetGrain>("02");
        await shard.ReplaceAsync([UnitYear("0201011", 2022, 100_00)], "koordynator");
        var keys = new[] { BudgetUnitYear.KeyOf("0201011", 2022), BudgetUnitYear.KeyOf("0201022", 2022) };
        var before = await shard.FindAsync(keys);
        before.Select(u => u.Key).Should().Equal(keys[0]);

        await shard.ReplaceAsync([UnitYear("0201011", 2022, 999_00), UnitYear("0201022", 2022, 5_00)], "koordynator");
        await shard.RestoreAsync(before, [keys[1]], "koordynator");

        var after = await shard.UnitYearsAsync(2022, 2022);
        after.Should().ContainSingle().Which.Should().BeEquivalentTo(before[0]);
        (await shard.AuditAsync()).Select(a => a.Action).Should().Equal("budget.import", "budget.import", "budget.import.undone");
    }
}
