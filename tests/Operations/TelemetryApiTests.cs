using System.Net;
using System.Net.Http.Json;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Operations;

/// <summary>Operators read HTTP, grain-call and storage metrics in Prometheus format; only admins may.</summary>
public sealed class TelemetryApiTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    [Fact]
    public async Task Admin_reads_request_grain_call_and_storage_metrics_in_prometheus_format()
    {
        using var admin = await api.AdminAsync();
        // Something to measure: a user created (grain call + storage write) and read.
        (await admin.PostAsJsonAsync("/api/users", new { login = "metryki.koordynator", password = "Metryki-Pass-123", role = "coordinator" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await admin.GetAsync("/api/municipalities/1465011")).StatusCode.Should().Be(HttpStatusCode.OK);

        // The exporter publishes what was collected up to the previous scrape; the second scrape holds the first's requests.
        await admin.GetAsync("/api/admin/metrics");
        var response = await admin.GetAsync("/api/admin/metrics");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        var text = await response.Content.ReadAsStringAsync();
        text.Should().Contain("http_server_request_duration_seconds_bucket");
        text.Should().Contain("method=\"Samoocena.Silo.Grains.Users.IUserGrain.CreateAsync\",outcome=\"ok\"}");
        text.Should().Contain("samoocena_storage_duration_seconds_count{otel_scope_name=\"Samoocena.Silo\",operation=\"write\",outcome=\"ok\",state=\"user\"}");
        text.Should().NotContain("method=\"Orleans.", "Orleans' own system targets are not application grain calls");
    }

    [Fact]
    public async Task Metrics_are_refused_to_anyone_but_admins()
    {
        using var anonymous = api.CreateClient();
        (await anonymous.GetAsync("/api/admin/metrics")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var coordinator = await api.UserAsync("coordinator");
        (await coordinator.GetAsync("/api/admin/metrics")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
