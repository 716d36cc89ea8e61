using BenchmarkDotNet.Running;

namespace Samoocena.LoadTests.Commands;

/// <summary><c>bench [--filter *]</c>: the BenchmarkDotNet suite of the pure computations (short jobs, see <see cref="Benchmarks.ShortJobConfig"/>).</summary>
public static class BenchCommand
{
    public static int Run(string[] args)
    {
        var switcherArgs = args.Length == 0 ? ["--filter", "*"] : args;
        BenchmarkSwitcher.FromAssembly(typeof(BenchCommand).Assembly).Run(switcherArgs, new Benchmarks.ShortJobConfig());
        return 0;
    }
}
