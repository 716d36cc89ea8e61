namespace Samoocena.Silo.Hosting;

/// <summary>
/// Every incoming grain call: timed for operators (<see cref="SiloMetrics.GrainCallDuration"/>), and when it throws,
/// the activation is dropped — a call may have changed the state in memory before it failed (Orleans keeps that
/// copy), so the next call starts from what storage holds.
/// </summary>
internal sealed class FailedCallDeactivation : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        // Orleans' own system targets (membership, timers) and grains (the dashboard's, management) pass through untouched.
        if (context.Grain is not Grain || context.Grain.GetType().Namespace?.StartsWith("Samoocena.", StringComparison.Ordinal) != true)
        {
            await context.Invoke().ConfigureAwait(false);
            return;
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            await context.Invoke().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            outcome = ex is Samoocena.Silo.Grains.Errors.DomainException ? "refused" : "error";
            context.TargetContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationRequested,
                "A call failed; changes it made in memory are dropped."));
            throw;
        }
        finally
        {
            SiloMetrics.GrainCallDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds,
                new("method", context.InterfaceName + "." + context.MethodName), new("outcome", outcome));
        }
    }
}
