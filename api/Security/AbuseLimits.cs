using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;

namespace Samoocena.Api.Security;

/// <summary>
/// The global limiter of ASP.NET Core's rate-limiting middleware: imports (POST of the import paths) and exports
/// (<c>/api/exports/</c>) per signed-in user, each with its own per-minute limit. The classification is by path so
/// it stays in this one place whatever the endpoints are built with. Limits are per node.
/// </summary>
public sealed class AbuseLimits : PartitionedRateLimiter<HttpContext>
{
    private static readonly string[] ImportPaths = ["/api/metrics/import", "/api/budget/import"];
    private readonly ClockedTokenBuckets? _imports;
    private readonly ClockedTokenBuckets? _exports;

    public AbuseLimits(SecuritySettings settings, TimeProvider time)
    {
        if (settings.ImportsPerMinute > 0) _imports = new ClockedTokenBuckets(settings.ImportsPerMinute, TimeSpan.FromMinutes(1), time);
        if (settings.ExportsPerMinute > 0) _exports = new ClockedTokenBuckets(settings.ExportsPerMinute, TimeSpan.FromMinutes(1), time);
    }

    /// <summary>The buckets a request counts against, or null when it is not limited.</summary>
    public ClockedTokenBuckets? BucketsOf(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true) return null;
        var path = context.Request.Path;
        if (HttpMethods.IsPost(context.Request.Method) && ImportPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            return _imports;
        if (HttpMethods.IsGet(context.Request.Method) && path.StartsWithSegments("/api/exports", StringComparison.OrdinalIgnoreCase))
            return _exports;
        return null;
    }

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        BucketsOf(resource) is { } buckets ? buckets.Acquire(resource.User.Login()) : Granted.Lease;

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(resource, permitCount));

    /// <summary>429 with Retry-After and a Polish problem.</summary>
    public static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var limits = context.RequestServices.GetRequiredService<AbuseLimits>();
        var buckets = limits.BucketsOf(context);
        var retryAfter = buckets?.RetryAfter ?? TimeSpan.FromMinutes(1);
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var what = buckets == limits._imports ? "importów" : "pobrań plików";
        await ProblemResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests,
            $"Przekroczono limit {what} ({buckets?.PermitsPerPeriod} na minutę na użytkownika). Spróbuj ponownie za {(int)Math.Ceiling(retryAfter.TotalSeconds)} s.");
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _imports?.Dispose();
            _exports?.Dispose();
        }
        base.Dispose(disposing);
    }

    private sealed class Granted : RateLimitLease
    {
        public static readonly Granted Lease = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
