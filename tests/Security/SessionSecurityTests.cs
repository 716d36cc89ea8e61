using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Samoocena.Api.Security;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Security;

/// <summary>
/// Issue 21 on each database: the page session cookie and its anti-forgery rule, security headers, rate limits with
/// a manual clock, password rules, the forced change after a reset, sessions and tokens ended by a stamp change,
/// and the admin log.
/// </summary>
public abstract class SessionSecurityTests(StorageKind kind) : IAsyncLifetime
{
    private const string Password = "User-Test-Pass-1";
    private readonly ManualTimeProvider _time = new();
    private ApiFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new ApiFactory(kind, time: _time, productLimits: true);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>A client without a cookie jar: each test sends the cookie it read itself.</summary>
    private HttpClient Plain(bool https = false) => _factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        HandleCookies = false, AllowAutoRedirect = false, BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
    });

    private async Task<(string SetCookie, string Cookie)> SignInAsync(HttpClient client, string login, string password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/session", new { login, password });
        response.StatusCode.Should().Be(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(SessionCookie.CookieName + "=", StringComparison.Ordinal));
        return (setCookie, setCookie.Split(';')[0]);
    }

    private static HttpRequestMessage With(string cookie, HttpMethod method, string url, object? body = null, string? csrf = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("Cookie", cookie);
        if (csrf is not null) request.Headers.Add("X-CSRF-Token", csrf);
        return request;
    }

    private async Task<JsonElement> SessionAsync(HttpClient client, string cookie)
    {
        var response = await client.SendAsync(With(cookie, HttpMethod.Get, "/api/auth/session"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task CreateUserAsync(string login, string role = "coordinator", string? teryt = null)
    {
        using var admin = await _factory.AdminAsync();
        (await admin.PostAsJsonAsync("/api/users", new { login, password = Password, role, teryt })).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Session_cookie_is_HttpOnly_SameSite_Strict_Secure_under_HTTPS_and_says_who_is_signed_in()
    {
        await CreateUserAsync("cookie.user", "jst", "0206011");
        var (plainCookie, cookie) = await SignInAsync(Plain(), "cookie.user", Password);
        plainCookie.Should().ContainEquivalentOf("httponly").And.ContainEquivalentOf("samesite=strict").And.Contain("path=/");
        plainCookie.Should().NotContainEquivalentOf("secure;").And.NotContainEquivalentOf("expires=", "a browser-session cookie");
        var (httpsCookie, _) = await SignInAsync(Plain(https: true), "cookie.user", Password);
        httpsCookie.Should().ContainEquivalentOf("secure").And.ContainEquivalentOf("httponly").And.ContainEquivalentOf("samesite=strict");

        // Any other client (another tab) with the same cookie is the same session.
        var session = await SessionAsync(Plain(), cookie);
        session.GetProperty("login").GetString().Should().Be("cookie.user");
        session.GetProperty("role").GetString().Should().Be("jst");
        session.GetProperty("teryt").GetString().Should().Be("0206011");
        session.GetProperty("mustChangePassword").GetBoolean().Should().BeFalse();
        session.GetProperty("antiforgery").GetString().Should().HaveLength(64);
        (await Plain().SendAsync(With(cookie, HttpMethod.Get, "/api/municipalities/0206011"))).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await Plain().PostAsJsonAsync("/api/auth/session", new { login = "cookie.user", password = "Wrong-Password-1" }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Writes_with_the_cookie_need_the_anti_forgery_header_and_sign_out_ends_the_cookie()
    {
        await CreateUserAsync("csrf.user", "jst", "0206011");
        var client = Plain();
        var (_, cookie) = await SignInAsync(client, "csrf.user", Password);
        var csrf = (await SessionAsync(client, cookie)).GetProperty("antiforgery").GetString()!;
        var body = new { answers = new Dictionary<string, object> { ["T1.1"] = 2 } };
        const string url = "/api/assessments/samoocena/0206011/responses/me";

        var refused = await client.SendAsync(With(cookie, HttpMethod.Put, url, body));
        (await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString().Should().Contain("X-CSRF-Token");
        await (await client.SendAsync(With(cookie, HttpMethod.Put, url, body, csrf: "zly-token"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await client.SendAsync(With(cookie, HttpMethod.Put, url, body, csrf))).StatusCode.Should().Be(HttpStatusCode.OK);
        // A program's bearer token needs no anti-forgery header.
        using var bearer = await _factory.SignedInAsync("csrf.user", Password);
        (await bearer.PutAsJsonAsync(url, body)).StatusCode.Should().Be(HttpStatusCode.OK);

        await (await client.SendAsync(With(cookie, HttpMethod.Delete, "/api/auth/session"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var signOut = await client.SendAsync(With(cookie, HttpMethod.Delete, "/api/auth/session", csrf: csrf));
        signOut.StatusCode.Should().Be(HttpStatusCode.NoContent);
        signOut.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith(SessionCookie.CookieName + "=;", StringComparison.Ordinal));
        await (await client.SendAsync(With(cookie, HttpMethod.Get, "/api/auth/session"))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await bearer.GetAsync("/api/municipalities/0206011")).StatusCode.Should().Be(HttpStatusCode.OK, "signing out a page leaves programs' tokens");
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers_and_no_server_banner()
    {
        var client = Plain();
        foreach (var url in new[] { "/", "/js/app.js", "/api/municipalities", "/api/nie-ma", "/health" })
        {
            var response = await client.GetAsync(url);
            response.Headers.GetValues("Content-Security-Policy").Single().Should().Be(ContentSecurityPolicy.Strict, url);
            response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
            response.Headers.GetValues("Referrer-Policy").Single().Should().Be("same-origin");
            response.Headers.GetValues("Cross-Origin-Opener-Policy").Single().Should().Be("same-origin");
            response.Headers.GetValues("Permissions-Policy").Single().Should().Contain("camera=()");
            response.Headers.Contains("Server").Should().BeFalse();
            response.Headers.Contains("Strict-Transport-Security").Should().BeFalse("plain HTTP gets no HSTS");
        }
        ContentSecurityPolicy.Strict.Should().Be("default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        (await Plain(https: true).GetAsync("/")).Headers.GetValues("Strict-Transport-Security").Single().Should().Be("max-age=31536000; includeSubDomains");
    }

    [Fact]
    public void Only_the_API_reference_and_the_Orleans_Dashboard_relax_the_policy()
    {
        ContentSecurityPolicy.Relaxations.Keys.Should().BeEquivalentTo(["/scalar", "/dashboard"]);
        ContentSecurityPolicy.For("/scalar/").Should().Contain("'unsafe-inline'").And.Contain("frame-ancestors 'none'");
        ContentSecurityPolicy.For("/dashboard").Should().Contain("'unsafe-inline'").And.Contain("frame-ancestors 'none'");
        foreach (var path in new[] { "/", "/index.html", "/api/users", "/scalarx", "/api/dashboard" })
            ContentSecurityPolicy.For(path).Should().Be(ContentSecurityPolicy.Strict, path);
    }

    [Fact]
    public async Task Failed_sign_ins_per_address_hit_the_limit_and_recover_with_the_clock()
    {
        await CreateUserAsync("limit.user");
        var client = Plain();
        for (var i = 0; i < 20; i++)
        {
            // Different logins: the per-login lock-out (5) is not what stops them.
            var path = i % 2 == 0 ? "/api/auth/token" : "/api/auth/session";
            (await client.PostAsJsonAsync(path, new { login = $"nobody{i}", password = "Wrong-Password-1" })).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }
        var limited = await client.PostAsJsonAsync("/api/auth/token", new { login = "limit.user", password = Password });
        (await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("detail").GetString().Should().Contain("Zbyt wiele");
        limited.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromMinutes(1));

        _time.Advance(TimeSpan.FromSeconds(30));
        (await client.PostAsJsonAsync("/api/auth/token", new { login = "limit.user", password = Password })).Headers.RetryAfter!.Delta
            .Should().Be(TimeSpan.FromSeconds(30));
        _time.Advance(TimeSpan.FromSeconds(30));
        (await client.PostAsJsonAsync("/api/auth/token", new { login = "limit.user", password = Password })).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Imports_and_exports_per_user_hit_their_limits_and_recover_with_the_clock()
    {
        using var coordinator = await _factory.UserAsync("coordinator");
        using var other = await _factory.UserAsync("coordinator");
        for (var i = 0; i < 10; i++)
            (await coordinator.PostAsync("/api/metrics/import", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode
                .Should().NotBe(HttpStatusCode.TooManyRequests);
        var limited = await coordinator.PostAsync("/api/budget/import", new StringContent("{}", Encoding.UTF8, "application/json"));
        (await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("detail").GetString().Should().Contain("importów");
        limited.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromMinutes(1));
        (await other.PostAsync("/api/metrics/import", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode
            .Should().NotBe(HttpStatusCode.TooManyRequests, "each user has an own limit");

        for (var i = 0; i < 120; i++)
            (await coordinator.GetAsync("/api/exports/rankings/nie-ma/2024.xlsx")).StatusCode.Should().NotBe(HttpStatusCode.TooManyRequests);
        await (await coordinator.GetAsync("/api/exports/rankings/nie-ma/2024.xlsx")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);

        _time.Advance(TimeSpan.FromMinutes(1));
        (await coordinator.GetAsync("/api/exports/rankings/nie-ma/2024.xlsx")).StatusCode.Should().NotBe(HttpStatusCode.TooManyRequests);
        (await coordinator.PostAsync("/api/budget/import", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode
            .Should().NotBe(HttpStatusCode.TooManyRequests);
    }

    [Theory]
    [InlineData("Krotkie-1", "co najmniej 12")]
    [InlineData("haslo.rowne.loginowi", "login")]
    [InlineData("HASLO.ROWNE.LOGINOWI", "login")]
    [InlineData("aaaaaaaaaaaaaaaa", "powtórzonego")]
    public async Task Weak_passwords_are_refused_with_the_reason(string password, string reason)
    {
        using var admin = await _factory.AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/users", new { login = "haslo.rowne.loginowi", password, role = "coordinator" });
        (await created.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").GetProperty("password")[0].GetString()
            .Should().Contain(reason);
        await CreateUserAsync("haslo.rowne.loginowi");
        using var user = await _factory.SignedInAsync("haslo.rowne.loginowi", Password);
        var changed = await user.PostAsJsonAsync("/api/auth/password", new { oldPassword = Password, newPassword = password });
        (await changed.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").GetProperty("newPassword")[0].GetString()
            .Should().Contain(reason);
    }

    [Fact]
    public async Task A_reset_ends_sessions_and_tokens_and_forces_a_change_before_anything_else()
    {
        await CreateUserAsync("reset.user", "jst", "0206011");
        using var oldToken = await _factory.SignedInAsync("reset.user", Password);
        var client = Plain();
        var (_, oldCookie) = await SignInAsync(client, "reset.user", Password);
        using var admin = await _factory.AdminAsync();
        var reset = await (await admin.PostAsync("/api/users/reset.user/reset-password", null)).Content.ReadFromJsonAsync<JsonElement>();
        var temporary = reset.GetProperty("temporaryPassword").GetString()!;
        reset.GetProperty("mustChangePassword").GetBoolean().Should().BeTrue();
        PasswordRules.Check("reset.user", temporary).Should().BeNull();

        await (await oldToken.GetAsync("/api/municipalities/0206011")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await client.SendAsync(With(oldCookie, HttpMethod.Get, "/api/municipalities/0206011"))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await _factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { login = "reset.user", password = Password }))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var (_, cookie) = await SignInAsync(client, "reset.user", temporary);
        var session = await SessionAsync(client, cookie);
        session.GetProperty("mustChangePassword").GetBoolean().Should().BeTrue();
        var csrf = session.GetProperty("antiforgery").GetString()!;
        (await (await client.SendAsync(With(cookie, HttpMethod.Get, "/api/municipalities/0206011"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden))
            .GetProperty("detail").GetString().Should().Contain("POST /api/auth/password");
        using var temporaryToken = await _factory.SignedInAsync("reset.user", temporary);
        await (await temporaryToken.GetAsync("/api/questionnaires")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var changed = await client.SendAsync(With(cookie, HttpMethod.Post, "/api/auth/password",
            new { oldPassword = temporary, newPassword = "Moje-Nowe-Haslo-2026" }, csrf));
        changed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var (_, renewed) = (changed.Headers.GetValues("Set-Cookie").Single(), changed.Headers.GetValues("Set-Cookie").Single().Split(';')[0]);
        (await client.SendAsync(With(renewed, HttpMethod.Get, "/api/municipalities/0206011"))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await SessionAsync(client, renewed)).GetProperty("mustChangePassword").GetBoolean().Should().BeFalse();
        await (await temporaryToken.GetAsync("/api/questionnaires")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        using var fresh = await _factory.SignedInAsync("reset.user", "Moje-Nowe-Haslo-2026");
        (await fresh.GetAsync("/api/questionnaires")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_role_or_municipality_change_or_a_lock_ends_sessions_and_tokens_and_every_admin_action_is_audited()
    {
        await CreateUserAsync("change.user", "jst", "0206011");
        using var token = await _factory.SignedInAsync("change.user", Password);
        var client = Plain();
        var (_, cookie) = await SignInAsync(client, "change.user", Password);
        using var admin = await _factory.AdminAsync();

        (await admin.PutAsJsonAsync("/api/users/change.user", new { displayName = "Anna Nowak" })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await token.GetAsync("/api/questionnaires")).StatusCode.Should().Be(HttpStatusCode.OK, "a display name ends nothing");
        _time.Advance(TimeSpan.FromMinutes(1));
        var moved = await admin.PutAsJsonAsync("/api/users/change.user", new { teryt = "0206021" });
        (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("teryt").GetString().Should().Be("0206021");
        await (await token.GetAsync("/api/questionnaires")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await client.SendAsync(With(cookie, HttpMethod.Get, "/api/questionnaires"))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        _time.Advance(TimeSpan.FromMinutes(1));
        (await admin.PutAsJsonAsync("/api/users/change.user", new { locked = true })).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await _factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { login = "change.user", password = Password }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        _time.Advance(TimeSpan.FromMinutes(1));
        (await admin.PutAsJsonAsync("/api/users/change.user", new { locked = false, role = "coordinator" })).StatusCode.Should().Be(HttpStatusCode.OK);
        using var again = await _factory.SignedInAsync("change.user", Password);
        (await again.GetAsync("/api/budget/0206011")).StatusCode.Should().NotBe(HttpStatusCode.Forbidden, "now a coordinator");
        await (await admin.PutAsJsonAsync("/api/users/change.user", new { role = "king" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await admin.PutAsJsonAsync("/api/users/admin", new { locked = true })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await admin.PutAsJsonAsync("/api/users/nie.ma", new { locked = true })).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var users = await admin.GetFromJsonAsync<JsonElement>("/api/users");
        var row = users.EnumerateArray().Single(u => u.GetProperty("login").GetString() == "change.user");
        row.GetProperty("role").GetString().Should().Be("coordinator");
        row.GetProperty("teryt").ValueKind.Should().Be(JsonValueKind.Null);
        row.GetProperty("displayName").GetString().Should().Be("Anna Nowak");
        row.GetProperty("locked").GetBoolean().Should().BeFalse();
        row.GetProperty("lastSignIn").GetDateTimeOffset().Should().Be(_time.GetUtcNow());
        users.EnumerateArray().Select(u => u.GetProperty("login").GetString()).Should().Contain("admin");

        var audit = await admin.GetAsync("/api/audit?type=user&actor=admin");
        var rows = (await audit.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("type").GetString()).Should().Equal(
            "user.unlocked", "user.changed", "user.locked", "user.changed", "user.changed", "user.created");
        rows.Should().OnlyContain(r => r.GetProperty("actor").GetString() == "admin" && r.GetProperty("target").GetString() == "change.user");
        rows[1].GetProperty("detail").GetString().Should().Contain("rola: jst → coordinator");
        rows[0].GetProperty("at").GetDateTimeOffset().Should().Be(_time.GetUtcNow());
        rows[^1].GetProperty("at").GetDateTimeOffset().Should().Be(_time.GetUtcNow() - TimeSpan.FromMinutes(3));
        audit.Headers.GetValues("X-Total-Count").Single().Should().Be("6");
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/audit?type=user.changed&pageSize=1&page=2");
        page.EnumerateArray().Single().GetProperty("detail").GetString().Should().Contain("gmina: 0206011 → 0206021");
        var from = Uri.EscapeDataString((_time.GetUtcNow() - TimeSpan.FromSeconds(30)).ToString("O"));
        (await admin.GetFromJsonAsync<JsonElement>($"/api/audit?from={from}")).GetArrayLength().Should().Be(2);
        await (await admin.GetAsync("/api/audit?from=wczoraj")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Imports_publishes_and_closes_are_audited()
    {
        using var coordinator = await _factory.UserAsync("coordinator", login: "audit.coordinator");
        var csv = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("teryt,year,indicatorId,value\n0206011,2024,EDU_01,12.5\n")), "file", "wartosci.csv" },
        };
        (await coordinator.PostAsync("/api/metrics/import", csv)).StatusCode.Should().Be(HttpStatusCode.OK);
        using var admin = await _factory.AdminAsync();
        var rows = await admin.GetFromJsonAsync<JsonElement>("/api/audit?actor=audit.coordinator");
        var entry = rows.EnumerateArray().Single();
        entry.GetProperty("type").GetString().Should().Be("metrics.import");
        entry.GetProperty("target").GetString().Should().Be("wartosci.csv");
        entry.GetProperty("detail").GetString().Should().Be("1 wartość");
    }
}

public sealed class SqliteSessionSecurityTests() : SessionSecurityTests(StorageKind.Sqlite);

public sealed class PostgresSessionSecurityTests() : SessionSecurityTests(StorageKind.Postgres);
