using System.Net;
using System.Net.Http.Json;
using System.Text;
using Samoocena.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Samoocena.Tests.Security;

/// <summary>
/// Every endpoint × every role against the rules of api.md (and the decisions recorded in the READMEs):
/// anonymous callers get 401, authenticated callers outside the rule 403, everyone inside it anything else.
/// </summary>
public abstract class AccessMatrixTests(ApiFactory factory, ITestOutputHelper output)
{
    private const string Own = "0206011", Other = "0206021", Year = "2024";

    [Flags]
    private enum Who
    {
        None = 0, Admin = 1, Coordinator = 2, JstOwn = 4, JstOther = 8, Jury = 16,
        Staff = Admin | Coordinator, Signed = Admin | Coordinator | JstOwn | JstOther | Jury,
    }

    private sealed record Case(string Method, string Url, Who Allowed, Func<HttpContent?> Body);

    private static Func<HttpContent?> Json(object body) => () => JsonContent.Create(body);

    private static readonly Func<HttpContent?> NoBody = () => null;

    private static Func<HttpContent?> Csv(string text) => () =>
        new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", "dane.csv" } };

    private static IEnumerable<Case> Cases()
    {
        var a = $"/api/assessments/samoocena/{Own}";
        Who J = Who.JstOwn, JC = Who.JstOwn | Who.Staff;
        return
        [
            new("GET", "/api/municipalities", Who.Signed, NoBody),
            new("GET", $"/api/municipalities/{Own}", Who.Signed, NoBody),
            new("GET", $"/api/municipalities/{Own}/neighbours?k=5", Who.Signed, NoBody),
            new("GET", $"/api/municipalities/{Own}/cohorts", Who.Signed, NoBody),
            new("GET", "/api/maps/municipalities.svg", Who.Signed, NoBody),
            new("POST", "/api/users", Who.Admin, Json(new { login = "matrix-" + Guid.NewGuid().ToString("N")[..8], password = "Matrix-Pass-1", role = "coordinator" })),
            new("GET", "/api/users", Who.Admin, NoBody),
            new("PUT", "/api/users/matrix-jury", Who.Admin, Json(new { displayName = "Juror macierzy" })),
            new("POST", "/api/users/matrix-nobody/reset-password", Who.Admin, NoBody),
            new("GET", "/api/audit?type=user", Who.Admin, NoBody),
            new("GET", "/api/auth/session", Who.Signed, NoBody),
            new("GET", "/api/questionnaires", Who.Signed, NoBody),
            new("GET", "/api/questionnaires/samoocena", Who.Signed, NoBody),
            new("PUT", $"{a}/responses/me", J, Json(new { answers = new Dictionary<string, object> { ["T1.1"] = 2 } })),
            new("GET", $"{a}/responses/me", J, NoBody),
            new("POST", $"{a}/responses/me/submit", J, NoBody),
            new("PUT", $"{a}/consensus", J, Json(new { answers = new Dictionary<string, object> { ["T1.1"] = 2 } })),
            new("GET", a, JC, NoBody),
            new("GET", $"{a}/audit", JC, NoBody),
            new("GET", $"{a}/responses", JC, NoBody),
            new("POST", $"{a}/close", JC, NoBody),
            new("POST", $"{a}/reopen", Who.Staff, NoBody),
            new("GET", "/api/indicators", Who.Signed, NoBody),
            new("GET", "/api/indicators/EDU_01", Who.Signed, NoBody),
            new("PUT", $"/api/metrics/{Own}/{Year}", JC, Json(new { values = new Dictionary<string, double?> { ["EDU_01"] = 1.5 } })),
            new("GET", $"/api/metrics/{Own}/{Year}", Who.Signed, NoBody),
            new("GET", $"/api/metrics/{Own}/audit", JC, NoBody),
            new("POST", "/api/metrics/import", Who.Staff, Csv($"teryt,year,indicatorId,value\n{Own},{Year},EDU_02,3.5\n")),
            new("GET", $"/api/benchmarks/EDU_01/{Own}?year={Year}", Who.Signed, NoBody),
            new("GET", "/api/indices", Who.Signed, NoBody),
            new("GET", $"/api/exports/benchmarks/EDU_01.xlsx?year={Year}", Who.Signed, NoBody),
            new("GET", $"/api/exports/metrics/EDU_01.xlsx?year={Year}", Who.Signed, NoBody),
            new("POST", "/api/budget/import", Who.Staff, Csv($"teryt;year;dzial;rozdzial;paragraf;amount\n{Own};2022;900;90001;6050;1000\n")),
            new("GET", $"/api/budget/{Own}", Who.Staff, NoBody),
            new("POST", "/api/rankings/zielone-finanse/2024/compute", Who.Staff, NoBody),
            new("GET", "/api/rankings", Who.Signed, NoBody),
            new("GET", "/api/rankings/zielone-finanse/2024", Who.Signed, NoBody),
            new("GET", "/api/rankings/zielone-finanse/2024/audit", Who.Staff, NoBody),
            new("GET", "/api/exports/rankings/zielone-finanse/2024.xlsx", Who.Signed, NoBody),
            new("POST", "/api/rankings/zielone-finanse/2024/publish", Who.Staff, NoBody),
            new("PUT", "/api/cohorts/macierz", Who.Staff, Json(new { name = "Macierz", members = new[] { Own, Other } })),
            new("GET", "/api/cohorts/macierz", Who.Staff, NoBody),
            new("GET", "/api/cohorts", Who.Staff, NoBody),
            new("GET", "/api/cohorts/macierz/assessments/samoocena", Who.Staff, NoBody),
            new("GET", "/api/maps/cohorts/macierz/samoocena.svg", Who.Staff, NoBody),
            new("GET", $"/api/maps/benchmarks/EDU_01.svg?year={Year}", Who.Signed, NoBody),
            new("GET", "/api/maps/rankings/zielone-finanse/2024.svg", Who.Signed, NoBody),
            new("PUT", "/api/awards/macierz", Who.Staff, Json(AwardDefinition)),
            new("GET", "/api/awards/macierz", Who.Signed, NoBody),
            new("PUT", "/api/awards/macierz/scores/n1", Who.Jury, Json(new Dictionary<string, int> { ["c1"] = 7 })),
            new("GET", "/api/awards/macierz/scores/me", Who.Jury, NoBody),
            new("GET", "/api/awards/macierz/progress", Who.Staff, NoBody),
            new("GET", "/api/awards/macierz/audit", Who.Staff, NoBody),
            // Results stay secret from everyone until the vote closes (api.md: "any after close").
            new("GET", "/api/awards/macierz/results", Who.None, NoBody),
            new("GET", "/api/exports/awards/macierz.xlsx", Who.None, NoBody),
            new("POST", "/api/awards/macierz/close", Who.Staff, NoBody),
            // Last: they change the caller's own account or session (a wrong old password is a 422, a bearer caller has no cookie to end).
            new("POST", "/api/auth/password", Who.Signed, Json(new { oldPassword = "not-the-password", newPassword = "Matrix-New-Pass-1" })),
            new("DELETE", "/api/auth/session", Who.Signed, NoBody),
        ];
    }

    private static readonly object AwardDefinition = new
    {
        title = "Nagroda macierzy uprawnień",
        categories = new[] { "miasta" },
        criteria = new[] { new { id = "c1", weight = 1 } },
        nominees = new[] { new { id = "n1", category = "miasta", teryt = Other, name = "Kowary" } },
        jurors = new[] { "matrix-jury" },
    };

    [Fact]
    public async Task Every_endpoint_admits_exactly_the_roles_of_the_contract()
    {
        var clients = new Dictionary<Who, HttpClient>
        {
            [Who.Admin] = await factory.AdminAsync(),
            [Who.Coordinator] = await factory.UserAsync("coordinator"),
            [Who.JstOwn] = await factory.UserAsync("jst", Own),
            [Who.JstOther] = await factory.UserAsync("jst", Other),
            [Who.Jury] = await factory.UserAsync("jury", login: "matrix-jury"),
        };
        var anonymous = factory.CreateClient();
        var failures = new List<string>();
        var checks = 0;
        foreach (var c in Cases())
        {
            foreach (var (who, client) in clients.Prepend(new(Who.None, anonymous)))
            {
                using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(c.Method), c.Url) { Content = c.Body() });
                var status = (int)response.StatusCode;
                var expected = who == Who.None ? "401" : c.Allowed.HasFlag(who) && who != Who.None ? "allowed" : "403";
                var actual = status is 401 or 403 ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "allowed";
                checks++;
                if (expected != actual || status >= 500)
                    failures.Add($"{c.Method} {c.Url} as {who}: {status}, expected {expected}: {await response.Content.ReadAsStringAsync()}");
            }
        }
        output.WriteLine($"{checks} endpoint × role checks");
        failures.Should().BeEmpty();
    }
}

public sealed class SqliteAccessMatrixTests(SqliteApi factory, ITestOutputHelper output)
    : AccessMatrixTests(factory, output), IClassFixture<SqliteApi>;

public sealed class PostgresAccessMatrixTests(PostgresApi factory, ITestOutputHelper output)
    : AccessMatrixTests(factory, output), IClassFixture<PostgresApi>;
