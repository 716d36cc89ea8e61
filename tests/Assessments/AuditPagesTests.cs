using Microsoft.Extensions.DependencyInjection;
using Samoocena.Silo.Grains.Audit;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Assessments;

/// <summary>
/// Sealed audit pages written straight through the grain storage (<see cref="AuditPages"/>), on both databases:
/// pages read back in order, and a seal retried after its owner's state write failed overwrites the same page.
/// </summary>
public sealed class AuditPagesTests
{
    private static AuditEntry Entry(int i) =>
        new(new DateTimeOffset(2026, 12, 1, 10, 0, i, TimeSpan.Zero), "anna", "answer.set", $"X1.{i}", null, i.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Pages_read_back_in_order_and_a_retried_seal_overwrites_its_page(StorageKind kind)
    {
        await using var silo = await SiloHarness.StartAsync(kind, TestDatabases.NewServiceId(), TestDatabases.NewSqlitePath());
        var pages = silo.Services.GetRequiredService<AuditPages>();

        await pages.StoreAsync("proba/0201011", 0, [Entry(1), Entry(2)]);
        await pages.StoreAsync("proba/0201011", 1, [Entry(3)]);
        // The owner's state write failed after the seal: the next commit seals page 1 again, now with one more entry.
        await pages.StoreAsync("proba/0201011", 1, [Entry(3), Entry(4)]);

        (await pages.ReadAsync("proba/0201011", 2)).Should().Equal(Entry(1), Entry(2), Entry(3), Entry(4));
        (await pages.ReadAsync("proba/0201011", 1)).Should().Equal(Entry(1), Entry(2));
        (await pages.ReadAsync("award:inna", 1)).Should().BeEmpty();
    }
}
