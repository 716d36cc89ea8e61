using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Samoocena.Silo.Hosting;

/// <summary>
/// The silo's own measurements, for operators (OpenTelemetry reads the meter <see cref="MeterName"/>): grain call
/// duration per interface method and outcome, grain storage read/write duration per state and outcome.
/// </summary>
public static class SiloMetrics
{
    public const string MeterName = "Samoocena.Silo";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Histogram<double> GrainCallDuration = Meter.CreateHistogram<double>(
        "samoocena.grain.call.duration", "s", "Duration of a grain call inside the target grain.");

    public static readonly Histogram<double> StorageDuration = Meter.CreateHistogram<double>(
        "samoocena.storage.duration", "s", "Duration of a grain state read or write in the database.");

    /// <summary>Times <paramref name="operation"/> as a storage read or write of <paramref name="stateName"/>.</summary>
    public static async Task TimeStorageAsync(string operation, string stateName, Func<Task> run)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            await run().ConfigureAwait(false);
        }
        catch (InconsistentStateException)
        {
            outcome = "conflict";
            throw;
        }
        catch
        {
            outcome = "error";
            throw;
        }
        finally
        {
            StorageDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new("operation", operation), new("state", stateName), new("outcome", outcome));
        }
    }
}
