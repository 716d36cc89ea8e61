using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Api;

public sealed class AuthSecurityTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new();
    private ApiFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new ApiFactory(StorageKind.Sqlite, time: _time);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_token_expires_after_its_lifetime()
    {
        using var admin = await _factory.AdminAsync();
        (await admin.GetAsync("/api/municipalities/1465011")).StatusCode.Should().Be(HttpStatusCode.OK);
        _time.Advance(TimeSpan.FromMinutes(479));
        (await admin.GetAsync("/api/municipalities/1465011")).StatusCode.Should().Be(HttpStatusCode.OK);
        _time.Advance(TimeSpan.FromMinutes(2));
        await (await admin.GetAsync("/api/municipalities/1465011")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_login_for_five_minutes()
    {
        using var coordinator = await _factory.UserAsync("coordinator", login: "locked.user");
        var client = _factory.CreateClient();
        for (var i = 0; i < 5; i++)
            (await client.PostAsJsonAsync("/api/auth/token", new { login = "locked.user", password = "wrong" }))
                .StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var locked = await client.PostAsJsonAsync("/api/auth/token", new { login = "locked.user", password = "User-Test-Pass-1" });
        await locked.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        locked.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromMinutes(5));

        _time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        (await client.PostAsJsonAsync("/api/auth/token", new { login = "locked.user", password = "User-Test-Pass-1" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Passwords_are_stored_only_as_PBKDF2_hashes()
    {
        using var _ = await _factory.UserAsync("coordinator", login: "hash.check");
        await using var connection = new SqliteConnection($"Data Source={_factory.SqlitePath}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT PayloadJson FROM OrleansStorage WHERE GrainIdExtensionString = 'hash.check'";
        var payload = (string)(await command.ExecuteScalarAsync())!;
        payload.Should().NotContain("User-Test-Pass-1");
        // ASP.NET Core Identity v3 format: 0x01 marker, PBKDF2-HMAC-SHA512 → base64 starting with "AQAAAAIAAYag" (100,000 iterations).
        payload.Should().Contain("\"passwordHash\":\"AQAAAAIAAYag");
    }
}
