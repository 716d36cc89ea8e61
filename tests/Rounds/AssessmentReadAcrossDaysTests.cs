using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Rounds;

/// <summary>
/// The assessment read shows the round as it is today, though nothing in the assessment itself changed: a read on the
/// day after closesOn shows the round closed, and a coordinator's edit of the round shows at the next read.
/// Each test owns its factory and clock (2025-06-15 12:00 Warsaw).
/// </summary>
public sealed class AssessmentReadAcrossDaysTests
{
    private const string Url = "/api/assessments/rundy/0201011?round=a";

    private static async Task<JsonElement> ReadAsync(HttpClient client)
    {
        var response = await client.GetAsync(Url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string Round(JsonElement assessment) =>
        $"{assessment.GetProperty("roundTitle").GetString()} {assessment.GetProperty("roundStatus").GetString()}";

    [Fact]
    public async Task The_round_shown_follows_the_calendar_and_the_coordinators_edits()
    {
        await using var factory = new RoundsApiFactory(StorageKind.Sqlite);
        var clock = (ManualTimeProvider)factory.Time!;
        var coordinator = await factory.UserAsync("coordinator");
        var jst = await factory.UserAsync("jst", "0201011");
        (await coordinator.PutAsJsonAsync("/api/questionnaires/rundy/rounds/a", new { title = "Runda A", opensOn = "2025-06-01", closesOn = "2025-06-15" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        Round(await ReadAsync(jst)).Should().Be("Runda A open");
        Round(await ReadAsync(jst)).Should().Be("Runda A open");

        clock.Advance(TimeSpan.FromDays(1)); // 2025-06-16: past closesOn; yesterday's tokens have expired
        jst.Dispose();
        coordinator.Dispose();
        jst = await factory.UserAsync("jst", "0201011");
        coordinator = await factory.UserAsync("coordinator");
        Round(await ReadAsync(jst)).Should().Be("Runda A closed");

        (await coordinator.PutAsJsonAsync("/api/questionnaires/rundy/rounds/a", new { title = "Runda A (2025)", opensOn = "2025-06-01", closesOn = "2025-06-30" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        Round(await ReadAsync(jst)).Should().Be("Runda A (2025) open");
        jst.Dispose();
        coordinator.Dispose();
    }
}
