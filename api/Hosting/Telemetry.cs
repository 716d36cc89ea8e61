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
            .AddView(instrument => new MetricStreamConfiguration { CardinalityLimit = CardinalityLimit(instrument.Name) })
            .AddPrometheusExporter());

    /// <summary>
    /// Series kept per instrument. The SDK allocates every instrument's series up front (default 2,000: ~0.3 MB each, 29 MB
    /// for the ~200 instruments of these meters, measured in a heap dump); per route/method instruments get room for
    /// every route or grain method with its outcomes, the rest (Orleans' runtime gauges and counters, Kestrel) a few.
    /// Series beyond the limit are summed into one overflow series, never dropped.
    /// </summary>
    internal static int CardinalityLimit(string instrument) => instrument switch
    {
        "http.server.request.duration" or "samoocena.grain.call.duration" => 1000,
        "samoocena.storage.duration" => 200,
        _ => 50,
    };

    public static void MapSamoocenaTelemetry(this IEndpointRouteBuilder app) =>
        app.MapPrometheusScrapingEndpoint(Path).RequireAuthorization(Policies.Admin);
}
