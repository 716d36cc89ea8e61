using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Samoocena.Api.Auth;
using Samoocena.Silo.Grains.Users;
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

    // A bearer token this node has verified is kept (ValidatedTokenCache), but never past its expiry by our clock,
    // and never after the key ring stops accepting the key that signed it.
    [Fact]
    public async Task A_kept_token_is_refused_the_second_it_expires()
    {
        using var _ = await _factory.AdminAsync();
        var services = _factory.Services;
        var tokens = services.GetRequiredService<TokenService>();
        var cache = services.GetRequiredService<ValidatedTokenCache>();
        var token = tokens.Issue(new UserAccount("kept.user", "coordinator", null, null), TimeSpan.FromSeconds(10)).Token;

        (await cache.ValidateTokenAsync(token, tokens.Parameters())).IsValid.Should().BeTrue();
        _time.Advance(TimeSpan.FromSeconds(9));
        var kept = await cache.ValidateTokenAsync(token, tokens.Parameters());
        kept.IsValid.Should().BeTrue();
        kept.ClaimsIdentity.Name.Should().Be("kept.user");
        kept.ClaimsIdentity.FindFirst("role")!.Value.Should().Be("coordinator");
        _time.Advance(TimeSpan.FromSeconds(1));
        (await cache.ValidateTokenAsync(token, tokens.Parameters())).IsValid.Should().BeFalse("it expired at that second");
    }

    // The kept identity is shared by every request made with the token: the stamp check adds its facts as an identity
    // of its own, so requests leave the kept one exactly as the token made it.
    [Fact]
    public async Task Requests_with_a_kept_token_leave_its_identity_unchanged()
    {
        using var admin = await _factory.AdminAsync();
        var tokens = _factory.Services.GetRequiredService<TokenService>();
        var cache = _factory.Services.GetRequiredService<ValidatedTokenCache>();
        var token = admin.DefaultRequestHeaders.Authorization!.Parameter!;
        (await admin.GetAsync("/api/municipalities/1465011")).StatusCode.Should().Be(HttpStatusCode.OK);
        var kept = (await cache.ValidateTokenAsync(token, tokens.Parameters())).ClaimsIdentity;
        var claimsBefore = kept.Claims.Select(c => $"{c.Type}={c.Value}").ToArray();

        for (var i = 0; i < 3; i++)
            (await admin.GetAsync("/api/municipalities/1465011")).StatusCode.Should().Be(HttpStatusCode.OK);

        var again = (await cache.ValidateTokenAsync(token, tokens.Parameters())).ClaimsIdentity;
        again.Should().BeSameAs(kept);
        again.Claims.Select(c => $"{c.Type}={c.Value}").Should().Equal(claimsBefore);
        claimsBefore.Should().NotContain(c => c.StartsWith("samoocena_checked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_kept_token_signed_with_a_retired_key_is_refused_once_the_node_reads_the_new_keys()
    {
        using var admin = await _factory.AdminAsync();
        (await admin.GetAsync("/api/municipalities/1465011")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await admin.GetAsync("/api/municipalities/1465011")).StatusCode.Should().Be(HttpStatusCode.OK);
        _factory.Services.GetRequiredService<ValidatedTokenCache>().Count.Should().Be(1, "the admin's token was verified once and kept");

        // Two rotations on this very node: the key of generation 1, which signed the admin's token, is retired.
        await _factory.Services.GetRequiredService<SigningKeyRing>().EnsureGenerationAsync(3);

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
