using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Api;

public abstract class FoundationApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : ApiFactory
{
    [Fact]
    public async Task Health_is_open()
    {
        var response = await factory.CreateClient().GetAsync("/health");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"status\":\"ok\"}");
    }

    [Fact]
    public async Task Municipalities_list_has_all_2479_gminas_by_category()
    {
        using var client = await factory.AdminAsync();
        var units = (await client.GetFromJsonAsync<JsonElement[]>("/api/municipalities"))!;
        units.Should().HaveCount(2479);
        var byCategory = units.GroupBy(u => u.GetProperty("category").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        byCategory.Should().Equal(new Dictionary<string, int> { ["MNPP"] = 66, ["GM"] = 236, ["GMW"] = 718, ["GW"] = 1459 });
        units.Should().OnlyContain(u => u.GetProperty("populationClass").GetString()!.StartsWith('P'));
        units.Count(u => u.GetProperty("populationClass").GetString() == "P?").Should().Be(2);
    }

    [Fact]
    public async Task Warszawa_is_MNPP_of_class_P7()
    {
        using var client = await factory.AdminAsync();
        var w = await client.GetFromJsonAsync<JsonElement>("/api/municipalities/1465011");
        w.GetProperty("name").GetString().Should().Be("Warszawa");
        w.GetProperty("category").GetString().Should().Be("MNPP");
        w.GetProperty("populationClass").GetString().Should().Be("P7");
        w.GetProperty("population").GetInt32().Should().Be(1863850);
        w.GetProperty("voivodeship").GetString().Should().Be("mazowieckie");
    }

    [Theory]
    [InlineData("1465011", "default:MNPP-P7", 13, false, "miasta na prawach powiatu, 200 tys. mieszkańców i więcej")]
    [InlineData("2264011", "default:MNPP-P4", 7, false, "miasta na prawach powiatu, 20–50 tys. mieszkańców")]
    [InlineData("0223092", "default:GW-P3", 235, false, "gminy wiejskie, 10–20 tys. mieszkańców")]
    // Szczawa: population unknown (P?), only 2 such GW units
    [InlineData("1207132", "default:GW", 1459, true, "gminy wiejskie (grupa poszerzona do całej kategorii: w tej samej klasie wielkości było mniej niż 5 gmin z wartością)")]
    public async Task A_unit_shows_its_default_peer_group(string teryt, string group, int size, bool widened, string label)
    {
        using var client = await factory.AdminAsync();
        var unit = await client.GetFromJsonAsync<JsonElement>($"/api/municipalities/{teryt}");
        var peers = unit.GetProperty("defaultPeerGroup");
        (peers.GetProperty("id").GetString(), peers.GetProperty("size").GetInt32(), peers.GetProperty("widened").GetBoolean(), peers.GetProperty("label").GetString())
            .Should().Be((group, size, widened, label));
        unit.GetProperty("peerGroupLabel").GetString().Should().Be(label);
    }

    [Fact]
    public async Task Filters_by_category_voivodeship_and_name()
    {
        using var client = await factory.AdminAsync();
        var mnppMaz = (await client.GetFromJsonAsync<JsonElement[]>("/api/municipalities?category=MNPP&voivodeship=mazowieckie"))!;
        mnppMaz.Select(u => u.GetProperty("name").GetString()).Should().Equal("Ostrołęka", "Płock", "Radom", "Siedlce", "Warszawa");
        var bad = await client.GetAsync("/api/municipalities?category=XX");
        (await bad.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").GetProperty("category").GetArrayLength().Should().Be(1);
        var byName = (await client.GetFromJsonAsync<JsonElement[]>("/api/municipalities?q=krak"))!;
        byName.Select(u => u.GetProperty("teryt").GetString()).Should().Contain("1261011");
    }

    [Theory]
    [InlineData("zorawina", null, "0223092 Żórawina")]
    [InlineData("ŻÓRAWINA", null, "0223092 Żórawina")]
    [InlineData("LODZ", "3", "1061011 Łódź|1008011 Konstantynów Łódzki|1020043 Aleksandrów Łódzki")]
    [InlineData("  lódź ", "1", "1061011 Łódź")]
    [InlineData("wielkopolski", "2", "0419033 Janowiec Wielkopolski|0861011 Gorzów Wielkopolski")]
    [InlineData("gora", "5", "0204013 Góra|0602063 Goraj|1004032 Góra Świętej Małgorzaty|1418013 Góra Kalwaria|0207011 Kamienna Góra")]
    [InlineData("kozle", null, "1603011 Kędzierzyn-Koźle")]
    [InlineData("0223", "2", "0223012 Czernica|0223022 Długołęka")]
    public async Task Name_search_ignores_case_and_diacritics_matches_word_starts_and_puts_best_matches_first(string q, string? limit, string expected)
    {
        using var client = await factory.AdminAsync();
        var url = $"/api/municipalities?q={Uri.EscapeDataString(q)}" + (limit is null ? "" : $"&limit={limit}");
        var found = (await client.GetFromJsonAsync<JsonElement[]>(url))!;
        string.Join("|", found.Select(u => $"{u.GetProperty("teryt").GetString()} {u.GetProperty("name").GetString()}")).Should().Be(expected);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2501")]
    [InlineData("dużo")]
    public async Task A_limit_outside_1_to_2500_is_422(string limit)
    {
        using var client = await factory.AdminAsync();
        var problem = await (await client.GetAsync($"/api/municipalities?q=gora&limit={Uri.EscapeDataString(limit)}")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").GetProperty("limit")[0].GetString().Should().Be("Limit musi być liczbą całkowitą od 1 do 2500.");
    }

    [Fact]
    public async Task No_token_is_401_problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/municipalities");
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_forged_token_is_401_problem()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "eyJTdWIiOiJhZG1pbiIsIlJvbGUiOiJhZG1pbiIsIlRlcnl0IjpudWxsLCJFeHAiOjk5OTk5OTk5OTl9.AAAA");
        await (await client.GetAsync("/api/municipalities")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_wrong_password_is_401_problem()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { login = "admin", password = "nope" });
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_jst_user_calling_an_admin_endpoint_gets_403_problem()
    {
        using var jst = await factory.UserAsync("jst", "0201011");
        var response = await jst.PostAsJsonAsync("/api/users", new { login = "intruder", password = "Password-123", role = "admin" });
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Unknown_teryt_is_404_problem()
    {
        using var client = await factory.AdminAsync();
        var json = await (await client.GetAsync("/api/municipalities/1234567")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        json.GetProperty("detail").GetString().Should().Be("Nie ma gminy o kodzie TERYT 1234567.");
        await (await client.GetAsync("/api/municipalities/abc")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Malformed_json_is_400_problem()
    {
        using var client = await factory.AdminAsync();
        var response = await client.PostAsync("/api/users", new StringContent("{\"login\": ", Encoding.UTF8, "application/json"));
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var token = await factory.CreateClient().PostAsync("/api/auth/token", new StringContent("[1,2", Encoding.UTF8, "application/json"));
        await token.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Creating_a_user_validates_fields_with_422_and_refuses_a_taken_login_with_409()
    {
        using var admin = await factory.AdminAsync();
        var bad = await admin.PostAsJsonAsync("/api/users", new { login = "x", password = "short", role = "king", teryt = "9999999" });
        var problem = await bad.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("login", "password", "role", "teryt");

        var login = "coord-" + Guid.NewGuid().ToString("N")[..8];
        var ok = await admin.PostAsJsonAsync("/api/users", new { login, password = "Password-123", role = "coordinator" });
        ok.StatusCode.Should().Be(HttpStatusCode.Created);
        var again = await admin.PostAsJsonAsync("/api/users", new { login, password = "Password-123", role = "coordinator" });
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Unknown_api_path_is_404_problem_and_openapi_is_served()
    {
        using var admin = await factory.AdminAsync();
        await (await admin.GetAsync("/api/nothing-here")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var openApi = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        openApi.GetProperty("paths").TryGetProperty("/api/municipalities/{teryt}", out _).Should().BeTrue();
    }
}

public sealed class SqliteFoundationApiTests(SqliteApi factory) : FoundationApiTests<SqliteApi>(factory);

public sealed class PostgresFoundationApiTests(PostgresApi factory) : FoundationApiTests<PostgresApi>(factory);
