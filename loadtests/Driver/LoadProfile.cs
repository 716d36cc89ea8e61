using System.Globalization;

namespace Samoocena.LoadTests.Driver;

/// <summary>
/// The load of one step: closed loop with <see cref="Connections"/> workers, or an open-loop schedule
/// (constant or linearly rising rate) over at most <see cref="Connections"/> HTTP connections.
/// </summary>
public sealed record LoadProfile(LoadKind Kind, TimeSpan Duration, int Connections, double Rate = 0, double FromRate = 0)
{
    public static LoadProfile Closed(int connections, TimeSpan duration) => new(LoadKind.ClosedLoop, duration, connections);

    public static LoadProfile Constant(double rate, TimeSpan duration, int connections) =>
        new(LoadKind.ConstantRate, duration, connections, rate, rate);

    public static LoadProfile Ramp(double fromRate, double toRate, TimeSpan duration, int connections) =>
        new(LoadKind.RampUp, duration, connections, toRate, fromRate);

    public bool IsOpenLoop => Kind != LoadKind.ClosedLoop;

    /// <summary>
    /// Intended start of iteration <paramref name="i"/> (0-based) in seconds from the step's start: the time at which
    /// the cumulative schedule ∫rate reaches i. Constant: i / rate; ramp: the root of F·t + (R − F)·t² / (2T) = i.
    /// </summary>
    public double IntendedStart(long i)
    {
        if (Kind == LoadKind.ClosedLoop) throw new InvalidOperationException("Pętla zamknięta nie ma harmonogramu.");
        var a = (Rate - FromRate) / (2 * Duration.TotalSeconds);
        if (a == 0) return i / Rate;
        var b = FromRate;
        return (-b + Math.Sqrt(b * b + 4 * a * i)) / (2 * a);
    }

    /// <summary>Iterations an open-loop schedule issues within its duration.</summary>
    public long ScheduledIterations
    {
        get
        {
            if (Kind == LoadKind.ClosedLoop) return 0;
            var t = Duration.TotalSeconds;
            var cumulative = FromRate * t + (Rate - FromRate) * t / 2;
            // Iteration i starts at cumulative i, so those with i < ∫rate start inside the window.
            return (long)Math.Ceiling(cumulative);
        }
    }

    public override string ToString() => Kind switch
    {
        LoadKind.ClosedLoop => $"closed loop, {Connections} conn",
        LoadKind.ConstantRate => $"{Fmt(Rate)}/s constant, {Connections} conn",
        _ => $"ramp {Fmt(FromRate)}→{Fmt(Rate)}/s, {Connections} conn",
    } + $", {Fmt(Duration.TotalSeconds)} s";

    private static string Fmt(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
}
