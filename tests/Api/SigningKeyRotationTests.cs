using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Api;

/// <summary>
/// Tokens are standard JWTs signed with keys kept in the database: raising SAMOOCENA_TOKEN_KEY_GENERATION rotates the key
/// for every node without signing anyone out (the previous key stays accepted); a second rotation retires the oldest.
/// </summary>
public sealed class SigningKeyRotationTests
{
    private sealed class Node(string serviceId, string sqlitePath, int generation)
        : ApiFactory(StorageKind.Sqlite, serviceId: serviceId, sqlitePath: sqlitePath)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("SAMOOCENA_TOKEN_KEY_GENERATION", generation.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task A_rotation_keeps_issued_tokens_valid_and_a_second_one_retires_the_oldest_key()
    {
        var (service, path) = (TestDatabases.NewServiceId(), TestDatabases.NewSqlitePath());
        string first;
        await using (var node = new Node(service, path, 1))
        {
            first = await TokenAsync(node);
            Header(first).GetProperty("kid").GetString().Should().Be("1");
            Payload(first).GetProperty("sub").GetString().Should().Be("admin");
            Payload(first).GetProperty("role").GetString().Should().Be("admin");
        }
        string second;
        await using (var node = new Node(service, path, 2))
        {
            second = await TokenAsync(node);
            Header(second).GetProperty("kid").GetString().Should().Be("2");
            (await GetAsync(node, first)).Should().Be(HttpStatusCode.OK, "a rotation signs nobody out");
            (await GetAsync(node, second)).Should().Be(HttpStatusCode.OK);
        }
        await using (var node = new Node(service, path, 3))
        {
            (await GetAsync(node, first)).Should().Be(HttpStatusCode.Unauthorized, "two rotations retire the first key");
            (await GetAsync(node, second)).Should().Be(HttpStatusCode.OK);
        }
    }

    private static async Task<string> TokenAsync(ApiFactory node)
    {
        var response = await node.CreateClient().PostAsJsonAsync("/api/auth/token", new { login = "admin", password = ApiFactory.AdminPassword });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<HttpStatusCode> GetAsync(ApiFactory node, string token)
    {
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetAsync("/api/municipalities/1465011")).StatusCode;
    }

    private static JsonElement Header(string token) => Part(token, 0);

    private static JsonElement Payload(string token) => Part(token, 1);

    private static JsonElement Part(string token, int index) =>
        JsonDocument.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(token.Split('.')[index])).RootElement;
}
