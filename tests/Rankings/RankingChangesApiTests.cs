using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Rankings;

/// <summary>
/// What the ranking page needs besides the places, over the hand-computed budget lines of
/// <see cref="GreenFinanceRankingApiTests{TFactory}"/> on its own database: G1–G5 named with units and weights, each
/// row's place in the previous computed edition (same category; null for a unit not ranked there), and the list of
/// rankings with every edition's window and status.
/// </summary>
public abstract class RankingChangesApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : ApiFactory
{
    [Fact]
    public async Task Rows_carry_the_place_of_the_previous_edition_and_indicators_their_names_and_units()
    {
        using var coordinator = await factory.UserAsync("coordinator");
        var imported = await coordinator.ImportAsync(GreenFinanceRankingApiTests<TFactory>.Lines);
        imported.StatusCode.Should().Be(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        (await coordinator.PostAsync("/api/rankings/zielone-finanse/2024/compute", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        using var jst = await factory.UserAsync("jst", "0401052");

        // Without a computed 2023 there is nothing to compare with.
        var alone = await jst.GetFromJsonAsync<JsonElement>("/api/rankings/zielone-finanse/2024");
        alone.GetProperty("previousEdition").ValueKind.Should().Be(JsonValueKind.Null);
        Places(alone, "GW").Should().Equal("1207132 1 -", "0401052 2 -", "0620122 2 -", "2416042 4 -");
        alone.GetProperty("indicators").EnumerateArray().Select(i => string.Join("|", i.EnumerateObject().Select(p => $"{p.Name}={p.Value}")))
            .Should().Equal(
                "id=G1|name=Udział zielonych wydatków majątkowych w wydatkach majątkowych|unit=udział 0–1|weight=0.35",
                "id=G2|name=Zielone wydatki majątkowe na 1 mieszkańca rocznie|unit=zł|weight=0.25",
                "id=G3|name=Udział zielonych wydatków bieżących w wydatkach bieżących|unit=udział 0–1|weight=0.15",
                "id=G4|name=Udział środków zewnętrznych w zielonych wydatkach majątkowych|unit=udział 0–1|weight=0.1",
                "id=G5|name=Regularność: udział lat okna z zielonymi wydatkami majątkowymi|unit=udział 0–1|weight=0.15");

        var computed = await coordinator.PostAsync("/api/rankings/zielone-finanse/2023/compute", null);
        computed.StatusCode.Should().Be(HttpStatusCode.OK, await computed.Content.ReadAsStringAsync());
        var earlier = await jst.GetFromJsonAsync<JsonElement>("/api/rankings/zielone-finanse/2023");
        earlier.GetProperty("previousEdition").ValueKind.Should().Be(JsonValueKind.Null, "2023 is the first edition");
        // Window 2018–2022: Nowe Miasto Lubawskie (green spending only in 2023) has no line in it.
        Places(earlier, "GM").Should().Equal("0201011 1 -");

        var ranking = await jst.GetFromJsonAsync<JsonElement>("/api/rankings/zielone-finanse/2024");
        ranking.GetProperty("previousEdition").GetRawText().Should().Be("""{"edition":2023,"status":"draft"}""");
        Places(ranking, "GM").Should().Equal("2812011 1 -", "0201011 2 1");
        var before = earlier.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "GW")
            .GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("teryt").GetString()!, r => r.GetProperty("rank").GetInt32());
        Places(ranking, "GW").Should().Equal(new[] { ("1207132", 1), ("0401052", 2), ("0620122", 2), ("2416042", 4) }
            .Select(r => $"{r.Item1} {r.Item2} {(before.TryGetValue(r.Item1, out var p) ? p.ToString() : "-")}"));
        before.Should().ContainKeys("1207132", "0401052", "0620122", "2416042");

        // One category only: the same previous places; publishing 2023 shows in the comparison's status.
        var gm = await jst.GetFromJsonAsync<JsonElement>("/api/rankings/zielone-finanse/2024?category=GM");
        Places(gm, "GM").Should().Equal("2812011 1 -", "0201011 2 1");
        (await coordinator.PostAsync("/api/rankings/zielone-finanse/2023/publish", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await jst.GetFromJsonAsync<JsonElement>("/api/rankings/zielone-finanse/2024")).GetProperty("previousEdition").GetRawText()
            .Should().Be("""{"edition":2023,"status":"published"}""");

        var list = await jst.GetFromJsonAsync<JsonElement>("/api/rankings");
        list.GetArrayLength().Should().Be(1);
        list[0].GetProperty("id").GetString().Should().Be("zielone-finanse");
        list[0].GetProperty("title").GetString().Should().Be("Ranking Zielonych Finansów Samorządowych");
        list[0].GetProperty("categories").EnumerateArray().Select(c => c.GetString()).Should().Equal("MNPP", "GM", "GMW", "GW");
        list[0].GetProperty("editions").EnumerateArray().Select(e =>
                $"{e.GetProperty("edition")} {e.GetProperty("firstYear")}–{e.GetProperty("lastYear")} {e.GetProperty("status")} {e.GetProperty("publishedAt").ValueKind}")
            .Should().Equal("2023 2018–2022 published String", "2024 2019–2023 draft Null");
    }

    private static IEnumerable<string> Places(JsonElement ranking, string category) =>
        ranking.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == category)
            .GetProperty("rows").EnumerateArray().Select(r =>
                $"{r.GetProperty("teryt").GetString()} {r.GetProperty("rank")} " +
                (r.GetProperty("previousRank").ValueKind == JsonValueKind.Null ? "-" : r.GetProperty("previousRank").ToString()));
}

public sealed class RankingChangesSqliteTests(SqliteApi factory) : RankingChangesApiTests<SqliteApi>(factory);

public sealed class RankingChangesPostgresTests(PostgresApi factory) : RankingChangesApiTests<PostgresApi>(factory);
