using OpenTelemetry.Metrics;
using Samoocena.Api.Auth;
using Samoocena.Silo.Hosting;

namespace Samoocena.Api.Hosting;

/// <summary>
/// OpenTelemetry metrics for operators: HTTP requests (ASP.NET Core's own meters), grain calls and grain storage
/// (<see cref="SiloMetrics"/>) and the Orleans runtime, read in Prometheus text format at <see cref="Path"/> by admins.
/// </summary>
public static class Telemetry
{
    public const string Path = "/api/admin/metrics";

    public static void AddSamoocenaTelemetry(this IServiceCollection services) =>
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.Orleans", SiloMetrics.MeterName)
            .AddPrometheusExporter());

    public static void MapSamoocenaTelemetry(this IEndpointRouteBuilder app) =>
        app.MapPrometheusScrapingEndpoint(Path).RequireAuthorization(Policies.Admin);
}
