using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Awards;

/// <summary>
/// <c>GET /api/awards</c> on its own database: coordinators and admins see every edition, a juror only the editions they
/// judge; JST users get 403 and anonymous callers 401, both as Polish problems.
/// </summary>
public abstract class AwardListApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : ApiFactory
{
    private static object Definition(string title, params string[] jurors) => new
    {
        title,
        categories = new object[] { new { id = "miasta", title = "Miasta" } },
        criteria = new object[] { new { id = "a", weight = 1 } },
        nominees = new object[] { new { id = "n1", category = "miasta", teryt = "0205011", name = "Jawor" } },
        jurors,
    };

    [Fact]
    public async Task Coordinators_see_every_edition_and_jurors_only_their_own()
    {
        using var coordinator = await factory.UserAsync("coordinator", null, "lista-koordynator");
        using var first = await factory.UserAsync("jury", null, "lista-juror-1");
        using var second = await factory.UserAsync("jury", null, "lista-juror-2");
        using var outsider = await factory.UserAsync("jury", null, "lista-juror-3");
        (await coordinator.GetFromJsonAsync<JsonElement>("/api/awards")).GetArrayLength().Should().Be(0, "no edition is defined yet");

        (await coordinator.PutAsJsonAsync("/api/awards/zlote-lajki-2025", Definition("Złote Lajki 2025", "lista-juror-1", "lista-juror-2")))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await coordinator.PutAsJsonAsync("/api/awards/aktywna-gmina-2025", Definition("Aktywna Gmina 2025", "lista-juror-2")))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        // Redefining keeps one entry; closing changes the status.
        (await coordinator.PutAsJsonAsync("/api/awards/aktywna-gmina-2025", Definition("Aktywna Gmina – edycja 2025", "lista-juror-2")))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await coordinator.PostAsync("/api/awards/aktywna-gmina-2025/close", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        const string all = """[{"id":"aktywna-gmina-2025","title":"Aktywna Gmina – edycja 2025","status":"closed"},{"id":"zlote-lajki-2025","title":"Złote Lajki 2025","status":"open"}]""";
        (await Body(coordinator)).Should().Be(all);
        using (var admin = await factory.AdminAsync())
            (await Body(admin)).Should().Be(all);
        (await Body(first)).Should().Be("""[{"id":"zlote-lajki-2025","title":"Złote Lajki 2025","status":"open"}]""");
        (await Body(second)).Should().Be(all);
        (await Body(outsider)).Should().Be("[]");
    }

    [Fact]
    public async Task Jst_users_are_refused_and_anonymous_callers_must_sign_in()
    {
        using var jst = await factory.UserAsync("jst", "0205011");
        var refused = await (await jst.GetAsync("/api/awards")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        refused.GetProperty("detail").GetString().Should().MatchRegex("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]|nie|Brak", "the message is Polish");
        using var anonymous = factory.CreateClient();
        await (await anonymous.GetAsync("/api/awards")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static async Task<string> Body(HttpClient client)
    {
        var response = await client.GetAsync("/api/awards");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonSerializer.Serialize(JsonDocument.Parse(body).RootElement, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}

public sealed class SqliteAwardListApiTests(SqliteApi factory) : AwardListApiTests<SqliteApi>(factory);

public sealed class PostgresAwardListApiTests(PostgresApi factory) : AwardListApiTests<PostgresApi>(factory);
