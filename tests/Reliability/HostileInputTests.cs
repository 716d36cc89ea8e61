using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Samoocena.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Samoocena.Tests.Reliability;

/// <summary>
/// Every endpoint the API maps gets malformed and hostile input, as several roles: the answer is a 2xx or a
/// problem-details 4xx, never a 5xx, and a refused request leaves the stored data unchanged.
/// </summary>
public abstract class HostileInputTests(ApiFactory factory, ITestOutputHelper output)
{
    /// <summary>Plausible values for route parameters, so that requests reach the handlers.</summary>
    private static readonly Dictionary<string, string> Plausible = new(StringComparer.OrdinalIgnoreCase)
    {
        ["teryt"] = "1465011", ["questionnaireId"] = "samoocena", ["indicatorId"] = "EDU_01", ["year"] = "2024",
        ["rankingId"] = "zielone-finanse", ["edition"] = "2024", ["awardId"] = "zlote-lajki-2026", ["nomineeId"] = "n1",
        ["cohortId"] = "rozwoj-lokalny", ["id"] = "samoocena", ["indexId"] = "IDX_EDU", ["login"] = "admin",
    };

    [Fact]
    public async Task Every_endpoint_answers_hostile_input_with_a_4xx_problem_or_a_2xx_and_never_a_5xx()
    {
        using var admin = await factory.AdminAsync();
        using var jst = await factory.UserAsync("jst", "1465011");
        var endpoints = Endpoints();
        endpoints.Should().NotBeEmpty();
        var failures = new List<string>();
        var total = 0;
        foreach (var (method, template, multipart) in endpoints)
        {
            var count = 0;
            foreach (var url in Urls(template))
            foreach (var client in new[] { admin, jst })
            {
                if (method is "GET" or "DELETE")
                {
                    count++;
                    await Check(client, new HttpRequestMessage(new HttpMethod(method), url), method, url, "-", failures);
                    continue;
                }
                if (multipart)
                {
                    foreach (var (name, content, file) in HostileInput.Uploads)
                    {
                        count++;
                        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", file } };
                        await Check(client, new HttpRequestMessage(new HttpMethod(method), url) { Content = form }, method, url, name, failures);
                    }
                }
                foreach (var (name, body) in HostileInput.JsonBodies)
                {
                    count++;
                    var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                    await Check(client, request, method, url, name, failures);
                }
                count++;
                await Check(client, new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("a=b", Encoding.UTF8, "text/plain") },
                    method, url, "text/plain", failures);
            }
            output.WriteLine($"{method} {template}: {count} hostile requests");
            total += count;
        }
        output.WriteLine($"total: {total} hostile requests over {endpoints.Count} endpoints");
        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task Every_api_endpoint_but_the_token_one_needs_a_token()
    {
        var anonymous = factory.CreateClient();
        var failures = new List<string>();
        foreach (var (method, template, _) in Endpoints().Where(e => e.Template.StartsWith("/api", StringComparison.Ordinal)))
        {
            var url = Urls(template).First();
            var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
            {
                Content = method is "GET" or "DELETE" ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
            });
            // The sign-ins are open: an empty body is a 400 there.
            var expected = (method, template) is ("POST", "/api/auth/token") or ("POST", "/api/auth/session")
                ? HttpStatusCode.BadRequest : HttpStatusCode.Unauthorized;
            if (response.StatusCode != expected) failures.Add($"{method} {url}: {(int)response.StatusCode}, expected {(int)expected}");
        }
        failures.Should().BeEmpty();
    }

    private async Task Check(HttpClient client, HttpRequestMessage request, string method, string url, string input, List<string> failures)
    {
        var before = await StorageSnapshot.TakeAsync(factory, StorageSnapshot.NotAccounts);
        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var label = $"{method} {Shorten(url)} [{input}] → {status}";
        if (status >= 500) failures.Add(label + ": " + Shorten(await response.Content.ReadAsStringAsync()));
        else if (status >= 400)
        {
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                failures.Add(label + ": not problem+json");
            var after = await StorageSnapshot.TakeAsync(factory, StorageSnapshot.NotAccounts);
            if (before != after) failures.Add(label + ": stored data changed");
        }
    }

    private List<(string Method, string Template, bool Multipart)> Endpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not null)
            .Where(e => !(e.RoutePattern.RawText ?? "").Contains("**", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => (
                Method: m,
                Template: "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'),
                Multipart: e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Any(c => c.Contains("multipart", StringComparison.Ordinal)) == true
                    || (e.RoutePattern.RawText ?? "").Contains("import", StringComparison.Ordinal))))
            .Where(e => !e.Template.StartsWith("/openapi", StringComparison.Ordinal))
            .Distinct().OrderBy(e => e.Template, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal).ToList();

    /// <summary>The route with plausible values, then with each hostile value in each parameter.</summary>
    private static IEnumerable<string> Urls(string template)
    {
        var names = System.Text.RegularExpressions.Regex.Matches(template, @"\{([^}:?]+)[^}]*\}").Select(m => m.Groups[1].Value).ToArray();
        string Fill(Func<string, string> value) =>
            System.Text.RegularExpressions.Regex.Replace(template, @"\{([^}:?]+)[^}]*\}", m => value(m.Groups[1].Value));
        yield return Fill(n => Plausible.GetValueOrDefault(n, "x"));
        foreach (var hostileIn in names)
        foreach (var hostile in HostileInput.RouteValues)
            yield return Fill(n => n == hostileIn ? hostile : Plausible.GetValueOrDefault(n, "x"));
        yield return Fill(n => Plausible.GetValueOrDefault(n, "x")) + "?year=abc&peers=%3Cx%3E&k=-5&category=ZZ&version=-1&q=" + new string('q', 3000);
    }

    private static string Shorten(string s) => s.Length > 160 ? s[..160] + "…" : s;
}

/// <summary>The API with a 2 MiB upload limit, so that the oversized upload is refused with 413.</summary>
public class SmallUploadApi(StorageKind kind) : ApiFactory(kind)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SAMOOCENA_MAX_UPLOAD_BYTES", (2 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class SqliteSmallUploadApi() : SmallUploadApi(StorageKind.Sqlite);

public sealed class PostgresSmallUploadApi() : SmallUploadApi(StorageKind.Postgres);

public sealed class SqliteHostileInputTests(SqliteSmallUploadApi factory, ITestOutputHelper output)
    : HostileInputTests(factory, output), IClassFixture<SqliteSmallUploadApi>;

public sealed class PostgresHostileInputTests(PostgresSmallUploadApi factory, ITestOutputHelper output)
    : HostileInputTests(factory, output), IClassFixture<PostgresSmallUploadApi>;
