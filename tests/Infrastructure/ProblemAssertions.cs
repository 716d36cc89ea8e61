using System.Net;
using System.Text.Json;

namespace Samoocena.Tests.Infrastructure;

/// <summary>Checks that a response is an RFC 9457 problem with the expected status and a Polish text.</summary>
public static class ProblemAssertions
{
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).Should().Be((int)status, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", body);
        var json = JsonDocument.Parse(body).RootElement.Clone();
        json.GetProperty("status").GetInt32().Should().Be((int)status);
        json.GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();
        json.GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
        return json;
    }
}
