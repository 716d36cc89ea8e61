using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Samoocena.LoadTests.Scenarios;

/// <summary>
/// Setup calls outside the measured steps: tokens, users, cohorts, ranking computation, and probing whether an
/// endpoint exists yet (the API's /api fallback answers 404 for unmapped paths).
/// </summary>
public sealed class ApiSession(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public async Task<string> TokenAsync(string login, string password)
    {
        using var response = await Client.PostAsJsonAsync("/api/auth/token", new { login, password });
        await EnsureAsync(response, $"token dla {login}");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Creates the user (201) or accepts that it exists (409).</summary>
    public async Task CreateUserAsync(string adminToken, string login, string password, string role, string? teryt)
    {
        using var request = Authorized(HttpMethod.Post, "/api/users", adminToken);
        request.Content = JsonContent.Create(new { login, password, role, teryt });
        using var response = await Client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Conflict) await EnsureAsync(response, $"tworzenie użytkownika {login}");
    }

    public async Task<HttpStatusCode> SendAsync(HttpMethod method, string path, string token, object? body = null)
    {
        using var request = Authorized(method, path, token);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await Client.SendAsync(request);
        await response.Content.CopyToAsync(Stream.Null);
        return response.StatusCode;
    }

    /// <summary>The "status" field of a JSON resource, or null when the read fails or has none.</summary>
    public async Task<string?> StatusAsync(string path, string token)
    {
        using var request = Authorized(HttpMethod.Get, path, token);
        using var response = await Client.SendAsync(request);
        if (!response.IsSuccessStatusCode) return null;
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String ? status.GetString() : null;
    }

    public static HttpRequestMessage Authorized(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{what}: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
