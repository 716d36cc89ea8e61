using System.Net;
using System.Net.Http.Json;
using Samoocena.Api.Security;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Operations;

/// <summary>
/// The Orleans Dashboard at /dashboard: admins only, through the page session cookie; grain state (password hashes,
/// signing and Data Protection keys) and the live log stream are never served.
/// </summary>
public sealed class DashboardTests(DashboardTests.Api api) : IClassFixture<DashboardTests.Api>
{
    /// <summary>A node started with the dashboard on (<c>SAMOOCENA_DASHBOARD=1</c>).</summary>
    public sealed class Api() : ApiFactory(StorageKind.Sqlite)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("SAMOOCENA_DASHBOARD", "1");
        }
    }

    [Fact]
    public async Task Without_the_setting_the_node_serves_no_dashboard()
    {
        using var plain = new SqliteApi();
        var cookie = await CookieAsync(plain, "admin", ApiFactory.AdminPassword);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/DashboardCounters");
        request.Headers.Add("Cookie", cookie);
        (await plain.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false })
            .SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private HttpClient Plain() => Plain(api);

    private static HttpClient Plain(ApiFactory factory) => factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
    {
        HandleCookies = false, AllowAutoRedirect = false,
    });

    private Task<string> CookieAsync(string login, string password) => CookieAsync(api, login, password);

    private static async Task<string> CookieAsync(ApiFactory factory, string login, string password)
    {
        var response = await Plain(factory).PostAsJsonAsync("/api/auth/session", new { login, password });
        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(SessionCookie.CookieName + "=", StringComparison.Ordinal)).Split(';')[0];
    }

    private async Task<HttpResponseMessage> GetAsync(string? cookie, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        return await Plain().SendAsync(request);
    }

    [Fact]
    public async Task Admin_with_the_session_cookie_sees_the_dashboard_and_its_cluster_data()
    {
        var cookie = await CookieAsync("admin", ApiFactory.AdminPassword);
        var page = await GetAsync(cookie, "/dashboard/");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        page.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("'unsafe-inline'", "the dashboard's own relaxed policy");
        var counters = await GetAsync(cookie, "/dashboard/DashboardCounters");
        counters.StatusCode.Should().Be(HttpStatusCode.OK);
        (await counters.Content.ReadAsStringAsync()).Should().Contain("totalActiveHostCount");
    }

    [Fact]
    public async Task Anyone_but_an_admin_is_refused()
    {
        (await GetAsync(null, "/dashboard/")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await GetAsync(null, "/dashboard/DashboardCounters")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using (await api.UserAsync("coordinator", login: "dashboard.coord")) { }
        var cookie = await CookieAsync("dashboard.coord", "User-Test-Pass-1");
        (await GetAsync(cookie, "/dashboard/")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await GetAsync(cookie, "/dashboard/DashboardCounters")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var coordinatorToken = await api.SignedInAsync("dashboard.coord", "User-Test-Pass-1");
        (await coordinatorToken.GetAsync("/dashboard/ClusterStats")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Grain_state_and_the_log_stream_are_not_served_even_to_an_admin()
    {
        var cookie = await CookieAsync("admin", ApiFactory.AdminPassword);
        // The admin's own user grain is active and holds a password hash.
        var state = await GetAsync(cookie, "/dashboard/GrainState?grainId=admin&grainType=Samoocena.Silo.Grains.Users.UserGrain");
        state.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var body = await state.Content.ReadAsStringAsync();
        body.Should().NotContainEquivalentOf("passwordHash").And.NotContain("AQAAAA", "an ASP.NET Identity hash starts so in base64");
        (await GetAsync(cookie, "/dashboard/Trace")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        // Nothing else the dashboard serves carries state either.
        foreach (var path in new[] { "/dashboard/DashboardCounters", "/dashboard/ClusterStats", "/dashboard/TopGrainMethods", "/dashboard/GrainTypes" })
        {
            var response = await GetAsync(cookie, path);
            response.StatusCode.Should().Be(HttpStatusCode.OK, path);
            (await response.Content.ReadAsStringAsync()).Should().NotContainEquivalentOf("passwordHash", path).And.NotContain("AQAAAA", path);
        }
    }
}
