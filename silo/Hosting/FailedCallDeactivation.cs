namespace Samoocena.Silo.Hosting;

/// <summary>
/// A grain call that throws may have changed the state in memory before it failed (Orleans keeps that copy).
/// The activation is dropped after such a call, so the next call starts from what storage holds.
/// </summary>
internal sealed class FailedCallDeactivation : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke().ConfigureAwait(false);
        }
        catch
        {
            context.TargetContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationRequested,
                "A call failed; changes it made in memory are dropped."));
            throw;
        }
    }
}
