using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Samoocena.Tests.Excel;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Rankings;

/// <summary>The full synthetic data set (2,479 gminas × 2018–2023) as the demo seeder loads it: 2024 draft, 2023 published.</summary>
public abstract class GreenFinanceDemoApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : ApiFactory
{
    [Fact]
    public async Task Compute_on_the_full_synthetic_set_ranks_four_categories_with_intervals_and_repeats_exactly()
    {
        using var coordinator = await factory.UserAsync("coordinator");
        var first = await ComputeAsync(coordinator);
        var second = await ComputeAsync(coordinator);

        first["status"]!.GetValue<string>().Should().Be("draft");
        first["synthetic"]!.GetValue<bool>().Should().BeTrue();
        var categories = first["categories"]!.AsArray();
        categories.Select(c => c!["category"]!.GetValue<string>()).Should().Equal("MNPP", "GM", "GMW", "GW");
        var listed = 0;
        foreach (var category in categories)
        {
            var rows = category!["rows"]!.AsArray();
            rows.Count.Should().BeGreaterThan(10);
            rows.Take(3).Should().OnlyContain(r => r!["label"]!.GetValue<string>() == "Lider");
            foreach (var row in rows)
            {
                var interval = row!["rankInterval"]!.AsArray().Select(x => x!.GetValue<int>()).ToArray();
                interval.Should().HaveCount(2);
                interval[0].Should().BeInRange(1, interval[1]);
                interval[1].Should().BeLessThanOrEqualTo(rows.Count);
            }
            listed += rows.Count + category["notRanked"]!.AsArray().Count;
        }
        listed.Should().Be(2479, "every gmina has synthetic lines in the window");
        // Same input, same output (fixed seed): everything but the computation time is identical.
        first.Remove("computedAt");
        second.Remove("computedAt");
        second.ToJsonString().Should().Be(first.ToJsonString());
    }

    [Fact]
    public async Task The_published_edition_is_sent_whole_in_chunks_with_its_length_and_a_304_for_its_etag()
    {
        using var coordinator = await factory.UserAsync("coordinator");
        using var response = await coordinator.GetAsync("/api/rankings/zielone-finanse/2023");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadAsByteArrayAsync();
        body.Length.Should().BeGreaterThan(3 * 64 * 1024, "a full edition is written in several 64 KB chunks");
        response.Content.Headers.ContentLength.Should().Be(body.Length);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        JsonNode.Parse(body)!["status"]!.GetValue<string>().Should().Be("published");
        var etag = response.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/rankings/zielone-finanse/2023");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await coordinator.SendAsync(again);
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await coordinator.GetByteArrayAsync("/api/rankings/zielone-finanse/2023")).Should().Equal(body);
    }

    [Fact]
    public async Task The_published_2023_edition_is_frozen_against_imports_compute_and_publish()
    {
        using var coordinator = await factory.UserAsync("coordinator");
        var before = await coordinator.GetStringAsync("/api/rankings/zielone-finanse/2023");
        JsonNode.Parse(before)!["status"]!.GetValue<string>().Should().Be("published");
        JsonNode.Parse(before)!["methodVersion"]!.GetValue<string>().Should().Be("1.1", "a fresh demo database publishes under v1.1");
        var exportBefore = IndependentXlsxReader.Read(await coordinator.GetByteArrayAsync("/api/exports/rankings/zielone-finanse/2023.xlsx"));

        // A huge green investment for Warszawa in 2022 (inside the 2023 window) would change the draft, not the published edition.
        var import = await coordinator.ImportAsync(BudgetUpload.Header, "1465011;2022;900;90001;6057;99000000000");
        import.StatusCode.Should().Be(HttpStatusCode.OK);
        (await coordinator.GetStringAsync("/api/rankings/zielone-finanse/2023")).Should().Be(before);
        var exportAfter = IndependentXlsxReader.Read(await coordinator.GetByteArrayAsync("/api/exports/rankings/zielone-finanse/2023.xlsx"));
        exportAfter.Keys.Should().Equal(exportBefore.Keys);
        foreach (var sheet in exportBefore.Keys)
            exportAfter[sheet].Should().BeEquivalentTo(exportBefore[sheet], o => o.WithStrictOrdering(), sheet);

        await (await coordinator.PostAsync("/api/rankings/zielone-finanse/2023/compute", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await coordinator.PostAsync("/api/rankings/zielone-finanse/2023/publish", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var audit = await coordinator.GetFromJsonAsync<JsonElement[]>("/api/rankings/zielone-finanse/2023/audit");
        audit!.Select(a => a.GetProperty("action").GetString()).Should().Contain(["compute", "publish", "budget.import.synthetic", "budget.import"]);
        audit!.Single(a => a.GetProperty("action").GetString() == "budget.import").GetProperty("newValue").GetString()
            .Should().Be("1 wiersz, 1 gmina: 1465011");
        using var jst = await factory.UserAsync("jst", "1465011");
        (await jst.GetAsync("/api/rankings/zielone-finanse/2023/audit")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private static async Task<JsonObject> ComputeAsync(HttpClient client)
    {
        var response = await client.PostAsync("/api/rankings/zielone-finanse/2024/compute", null);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}

public sealed class SqliteDemoApi() : ApiFactory(StorageKind.Sqlite, demoData: true);

public sealed class PostgresDemoApi() : ApiFactory(StorageKind.Postgres, demoData: true);

public sealed class GreenFinanceDemoSqliteTests(SqliteDemoApi factory) : GreenFinanceDemoApiTests<SqliteDemoApi>(factory);

public sealed class GreenFinanceDemoPostgresTests(PostgresDemoApi factory) : GreenFinanceDemoApiTests<PostgresDemoApi>(factory);
