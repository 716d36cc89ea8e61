using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Samoocena.Silo.Grains.Metrics;
using Samoocena.Silo.Hosting;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Metrics;

/// <summary>
/// An indicator-year hands out its stored collections (no copy per read), so a write must build new ones: a snapshot
/// a reader holds never changes under it, and the values survive a restart as written.
/// </summary>
public sealed class IndicatorYearGrainTests
{
    private static async Task<IHost> StartAsync(string serviceId, string sqlitePath)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddSamoocenaSilo(TestDatabases.Storage(StorageKind.Sqlite, serviceId, sqlitePath));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    [Fact]
    public async Task A_held_snapshot_keeps_its_values_after_a_write_and_the_stored_values_survive_a_restart()
    {
        var serviceId = TestDatabases.NewServiceId();
        var path = TestDatabases.NewSqlitePath();
        using (var host = await StartAsync(serviceId, path))
        {
            var grain = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IIndicatorYearGrain>("EDU_01/2024");
            await grain.SetAsync(new Dictionary<string, double?> { ["0201011"] = 1.5, ["0201022"] = 2.5 }, synthetic: true);
            var held = await grain.GetAsync();

            var previous = await grain.SetAsync(new Dictionary<string, double?> { ["0201011"] = 7, ["0201022"] = null, ["0201033"] = 3 }, source: "BDL 1/2024");

            previous.Should().BeEquivalentTo(new Dictionary<string, double?> { ["0201011"] = 1.5, ["0201022"] = 2.5, ["0201033"] = null });
            held.Version.Should().Be(1);
            held.Values.Should().BeEquivalentTo(new Dictionary<string, double> { ["0201011"] = 1.5, ["0201022"] = 2.5 });
            held.Synthetic.Should().BeEquivalentTo(["0201011", "0201022"]);
            held.Sources.Should().BeEmpty();
            var now = await grain.GetAsync();
            now.Version.Should().Be(2);
            now.Values.Should().BeEquivalentTo(new Dictionary<string, double> { ["0201011"] = 7, ["0201033"] = 3 });
            now.Synthetic.Should().BeEmpty();
            now.Sources.Should().BeEquivalentTo(new Dictionary<string, string> { ["0201011"] = "BDL 1/2024", ["0201033"] = "BDL 1/2024" });
            await host.StopAsync();
        }

        using (var host = await StartAsync(serviceId, path))
        {
            var read = await host.Services.GetRequiredService<IGrainFactory>().GetGrain<IIndicatorYearGrain>("EDU_01/2024").GetAsync();
            read.Version.Should().Be(2);
            read.Values.Should().BeEquivalentTo(new Dictionary<string, double> { ["0201011"] = 7, ["0201033"] = 3 });
            read.Sources.Should().BeEquivalentTo(new Dictionary<string, string> { ["0201011"] = "BDL 1/2024", ["0201033"] = "BDL 1/2024" });
            await host.StopAsync();
        }
    }
}
