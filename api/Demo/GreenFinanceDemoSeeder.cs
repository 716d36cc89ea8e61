using Samoocena.Questionnaires.Demo;
using Samoocena.Questionnaires.Rankings;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Budget;
using Samoocena.Silo.Grains.Rankings;

namespace Samoocena.Api.Demo;

/// <summary>
/// SYNTHETIC budget lines (<see cref="DemoBudget"/>, 2018–2023, every gmina, flagged synthetic) loaded in bulk, one
/// write per voivodeship shard; then the Green Finance editions computed as drafts and 2023 published, so the ranking
/// shows both states. Idempotent: lines are loaded only into an empty store, each edition computed only once.
/// </summary>
public sealed class GreenFinanceDemoSeeder : IDemoSeeder
{
    public const int PublishedEdition = 2023;

    public int Order => 40;

    public string Name => "budżet i ranking zielonych finansów (dane syntetyczne)";

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var grains = services.GetRequiredService<IGrainFactory>();
        var registry = services.GetRequiredService<MunicipalityRegistry>();
        var shards = BudgetShards.All(registry);
        var counts = await Task.WhenAll(shards.Select(k => grains.GetGrain<IBudgetGrain>(k).CountAsync()));
        if (counts.All(c => c == 0))
        {
            // Lines come by TERYT then year, so consecutive runs form the unit-years.
            var byShard = new Dictionary<string, List<BudgetUnitYear>>(StringComparer.Ordinal);
            var run = new List<BudgetLine>(64);
            void Flush()
            {
                if (run.Count == 0) return;
                var teryt = run[0].TerytCode;
                var key = BudgetShards.KeyOf(teryt);
                if (!byShard.TryGetValue(key, out var list)) byShard[key] = list = [];
                list.Add(BudgetUnitYear.From(teryt, run[0].Year, run, synthetic: true));
                run.Clear();
            }
            foreach (var line in DemoBudget.Lines(registry))
            {
                if (run.Count > 0 && (run[0].Teryt != line.Teryt || run[0].Year != line.Year)) Flush();
                run.Add(line);
            }
            Flush();
            await Task.WhenAll(byShard.Select(s => grains.GetGrain<IBudgetGrain>(s.Key).ReplaceAsync(s.Value, "system")));
        }

        var definition = RankingDefinition.GreenFinance;
        await Task.WhenAll(definition.Editions.Select(async e =>
        {
            var grain = grains.GetGrain<IRankingGrain>(RankingCatalog.KeyOf(definition.Id, e.Edition));
            var status = await grain.GetAsync();
            if (status.Status == RankingStatus.None) status = await grain.ComputeAsync("system");
            if (e.Edition == PublishedEdition && status.Status == RankingStatus.Draft) await grain.PublishAsync("system");
        }));
    }
}
