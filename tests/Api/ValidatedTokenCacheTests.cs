using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Samoocena.Api.Auth;
using Samoocena.Silo.Grains.Users;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Api;

/// <summary>
/// A bearer token this node has verified is kept (not parsed and verified on every request), but never past its
/// expiry by our clock, and never after the key ring stops accepting the key that signed it.
/// </summary>
public sealed class ValidatedTokenCacheTests : IAsyncLifetime
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
}
