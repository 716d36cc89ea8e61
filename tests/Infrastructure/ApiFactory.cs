using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Samoocena.Tests.Infrastructure;

/// <summary>
/// The real API in-process on a real database (a fresh SQLite file, or PostgreSQL with its own
/// ServiceId), demo data off unless asked, admin password known.
/// </summary>
public class ApiFactory(StorageKind kind, bool demoData = false, TimeProvider? time = null,
    string? serviceId = null, string? sqlitePath = null, string? postgres = null, bool productLimits = false) : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Admin-Test-Pass-1";

    public StorageKind Kind { get; } = kind;

    public string ServiceId { get; } = serviceId ?? TestDatabases.NewServiceId();

    public string SqlitePath { get; } = sqlitePath ?? TestDatabases.NewSqlitePath();

    /// <summary>The PostgreSQL database of this deployment (the shared test database unless one is given).</summary>
    public string PostgresConnectionString => postgres ?? TestDatabases.PostgresConnectionString;

    public TimeProvider? Time { get; } = time;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("SAMOOCENA_ADMIN_PASSWORD", AdminPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("SAMOOCENA_DEMO_DATA", demoData ? "1" : "0");
        builder.UseSetting("SAMOOCENA_SERVICE_ID", ServiceId);
        builder.UseSetting("SAMOOCENA_CLUSTER_ID", ServiceId);
        builder.UseSetting("SAMOOCENA_SILO_PORT", TestDatabases.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("SAMOOCENA_GATEWAY_PORT", TestDatabases.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("SAMOOCENA_DB", SqlitePath);
        builder.UseSetting("SAMOOCENA_POSTGRES", Kind == StorageKind.Postgres ? PostgresConnectionString : "");
        if (!productLimits)
        {
            // Suites share one host for many sign-ins, imports and exports; the limits have their own tests.
            builder.UseSetting("SAMOOCENA_SIGNIN_FAILURES_PER_MINUTE", "100000");
            builder.UseSetting("SAMOOCENA_IMPORTS_PER_MINUTE", "100000");
            builder.UseSetting("SAMOOCENA_EXPORTS_PER_MINUTE", "100000");
        }
        if (Time is not null) builder.ConfigureTestServices(s => s.AddSingleton(Time));
    }

    /// <summary>A client signed in as admin.</summary>
    public Task<HttpClient> AdminAsync() => SignedInAsync("admin", AdminPassword);

    public async Task<HttpClient> SignedInAsync(string login, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { login, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Creates a user through the API (as admin) and returns a client signed in as that user.</summary>
    public async Task<HttpClient> UserAsync(string role, string? teryt = null, string? login = null)
    {
        login ??= $"{role}-{teryt ?? "x"}-{Guid.NewGuid():N}"[..40];
        const string password = "User-Test-Pass-1";
        using var admin = await AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/users", new { login, password, role, teryt, displayName = login });
        if (!created.IsSuccessStatusCode)
            throw new InvalidOperationException($"Creating {login} failed: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        return await SignedInAsync(login, password);
    }

    private sealed record TokenResponse(string AccessToken, int ExpiresIn);
}

/// <summary>xunit class fixtures, one per provider.</summary>
public sealed class SqliteApi() : ApiFactory(StorageKind.Sqlite);

public sealed class PostgresApi() : ApiFactory(StorageKind.Postgres);
