using System.Diagnostics;
using Samoocena.LoadTests.Benchmarks;

namespace Samoocena.LoadTests.Commands;

/// <summary>
/// <c>loop &lt;scoring|scoring-baseline|peers|index|montecarlo&gt; [seconds]</c>: repeats one benchmarked computation for a while so a sampling
/// profiler (dotnet-trace collect -- …) can show where its time goes.
/// </summary>
public static class ProfileLoopCommand
{
    public static int Run(string[] args)
    {
        var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
        Func<object> work;
        switch (args.FirstOrDefault())
        {
            case "scoring":
                var scoring = new ScoringBenchmarks();
                scoring.Setup();
                work = scoring.Score;
                break;
            case "scoring-baseline":
                var baseline = new ScoringBenchmarks();
                baseline.Setup();
                work = () => baseline.PlainLoop();
                break;
            case "peers":
                var peers = new PeerBenchmarks();
                peers.Setup();
                work = peers.PeerStatsAll;
                break;
            case "index":
                var index = new GreenFinanceBenchmarks();
                index.Setup();
                work = () => index.IndexFromInputs();
                break;
            case "montecarlo":
                var green = new GreenFinanceBenchmarks();
                green.Setup();
                work = () => green.MonteCarlo();
                break;
            default:
                Console.Error.WriteLine("loop scoring|scoring-baseline|peers|index|montecarlo [sekundy]");
                return 2;
        }
        var clock = Stopwatch.StartNew();
        long n = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            GC.KeepAlive(work());
            n++;
        }
        Console.WriteLine($"{n} runs, {clock.Elapsed.TotalMilliseconds * 1000 / n:0.0} µs/run wall, process CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds * 1000 / n:0.0} µs/run");
        return 0;
    }
}
